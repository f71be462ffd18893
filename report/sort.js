(function(){
function key(row,i){var c=row.cells[i];if(!c){return "";}var v=c.getAttribute("data-v");return v!==null?v:c.textContent.trim().toLowerCase();}
function sortBy(th){
var tr=th.parentNode,table=tr.closest("table"),body=table.tBodies[0],i=Array.prototype.indexOf.call(tr.children,th);
var dir=th.getAttribute("aria-sort")==="ascending"?-1:1,num=th.hasAttribute("data-num");
Array.prototype.forEach.call(tr.children,function(h){h.removeAttribute("aria-sort");});
th.setAttribute("aria-sort",dir>0?"ascending":"descending");
var rows=Array.prototype.slice.call(body.rows);
rows.sort(function(a,b){var x=key(a,i),y=key(b,i);if(num){x=parseFloat(x)||0;y=parseFloat(y)||0;}return (x<y?-1:x>y?1:0)*dir;});
var f=document.createDocumentFragment();rows.forEach(function(r){f.appendChild(r);});body.appendChild(f);
}
Array.prototype.forEach.call(document.querySelectorAll("table.sortable th"),function(th){
th.tabIndex=0;th.title="Sort";
th.addEventListener("click",function(){sortBy(th);});
th.addEventListener("keydown",function(e){if(e.key==="Enter"||e.key===" "){e.preventDefault();sortBy(th);}});
});
})();
