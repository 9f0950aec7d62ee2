distillCards.add("all-2.html", "Everything Else", [
]);
