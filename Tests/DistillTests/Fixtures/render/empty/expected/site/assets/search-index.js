// The site's search index, written at build time; site.js reads it.
window.distillSearch = {"docs":[
],
"words":[],
"postings":[
]};
