// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Distill",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "distill", targets: ["DistillCLI"]),
        .library(name: "Distill", targets: ["Distill"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
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
                .product(name: "FlyingFox", package: "FlyingFox"),
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
