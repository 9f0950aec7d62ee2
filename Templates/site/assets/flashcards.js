// The flashcard pages' card registry: each cards/<topic>.js script adds its topic's cards
// here, then flashcards-start.js runs the session.
window.distillCards = {
  decks: [],
  add: function (page, title, cards) {
    this.decks.push({ page: page, title: title, cards: cards });
  }
};
