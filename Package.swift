// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Distill",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "distill", targets: ["DistillCLI"]),
        .library(name: "Distill", targets: ["Distill"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "DistillMarkdown",
            dependencies: ["CCmarkGFM"]
        ),
        .target(
            name: "Distill",
            dependencies: [
                "DistillMarkdown",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The preview server lives apart so the library and `build` never link an HTTP server.
        .target(
            name: "DistillServe",
            dependencies: [
                "Distill",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "DistillCLI",
            dependencies: [
                "Distill",
                "DistillServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A build makes millions of small strings and arrays on every core; mimalloc hands
            // them out faster than glibc's allocator and keeps the peak lower.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "DistillMarkdownTests",
            dependencies: ["DistillMarkdown"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DistillTests",
            dependencies: ["Distill", "DistillServe"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
