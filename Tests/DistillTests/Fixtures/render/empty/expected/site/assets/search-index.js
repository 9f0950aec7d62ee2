// The site's search index, written at build time; see search.js.
window.distillSearch = {"docs":[
],
"words":[],
"postings":[
]};
