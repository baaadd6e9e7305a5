// The review page's style and behaviour, inlined into every page (no network, no external file or font:
// Chinese text uses whatever CJK font the system has).

export const FONT_STACK = 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.55 ${FONT_STACK};color:#1f2328;background:#f6f8fa;display:flex;flex-direction:column}
header{padding:10px 16px;background:#fff;border-bottom:1px solid #d0d7de}
header h1{font-size:17px;margin:0 0 2px}
header .meta{color:#57606a;margin:0;font-size:13px}
header .bar{display:flex;flex-wrap:wrap;gap:6px 16px;align-items:center;margin-top:6px;font-size:13px}
.chip{display:inline-block;padding:0 7px;border-radius:9px;background:#eaeef2;margin-right:4px;white-space:nowrap}
.chip.bad{background:#ffd8d3}
.chip.warning{background:#fff1c2}
select,input{font:inherit}
main{flex:1;display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.25fr);min-height:0}
.pane{overflow:auto;min-height:0;background:#fff}
#source{border-right:1px solid #d0d7de;padding:0 0 12px}
.pane h2{font-size:13px;color:#57606a;margin:0;padding:4px 12px;position:sticky;top:0;background:#fff;z-index:2;border-bottom:1px solid #eaeef2}
div.src{display:flex;gap:8px;padding:1px 10px 1px 0;border-left:3px solid transparent;scroll-margin:40px}
div.src.intask{border-left-color:#afc6ff}
.srctab tr.intask td.ln{box-shadow:inset 3px 0 #afc6ff}
div.src.hit,.srctab tr.hit td{background:#fff3b0}
div.src.sel{border-left-color:#2f6feb}
.srctab tr.sel td.ln{box-shadow:inset 3px 0 #2f6feb}
.ln{flex:none;width:3.6em;text-align:right;color:#8c959f;text-decoration:none;font-variant-numeric:tabular-nums;user-select:none}
.tx{flex:1;white-space:pre-wrap;word-break:break-word}
.back{flex:none;font-size:12px}
.back a,.tasklinks a{color:#0969da;text-decoration:none;margin-left:3px}
.srctab{border-collapse:collapse;margin:4px 10px 4px 0;font-size:13px}
.srctab td{border:1px solid #d0d7de;padding:2px 5px;vertical-align:top}
.srctab td.ln{border:none;width:3.6em;text-align:right}
.srctab td.dup{color:#8c959f}
.srctab tr{scroll-margin:40px}
.msg{margin:1px 10px 3px calc(3.6em + 11px);padding:1px 8px;font-size:12px;border-left:3px solid #8c959f;background:#f6f8fa}
.msg.warning{border-left-color:#d4a72c;background:#fff8c5}
.msg.error{border-left-color:#cf222e;background:#ffebe9}
.msg b{font-weight:600;margin-right:6px}
#tasks table{border-collapse:collapse;width:100%;font-size:13px}
#tasks thead th{position:sticky;top:27px;background:#f6f8fa;z-index:1;text-align:left;padding:4px 6px;border-bottom:1px solid #d0d7de;white-space:nowrap}
#tasks td{padding:4px 6px;border-bottom:1px solid #eaeef2;vertical-align:top}
tr.task{cursor:pointer;scroll-margin:60px}
tr.task:hover td{background:#f6f8fa}
tr.task.hit td{background:#fff3b0}
tr.task.hidden{display:none}
td.missing{background:#ffebe9!important;color:#cf222e}
td.empty{color:#8c959f}
.due{color:#57606a;font-size:12px;font-variant-numeric:tabular-nums}
.go{font-weight:600;color:#0969da;text-decoration:none;white-space:nowrap}
tr.group td{background:#f6f8fa;color:#57606a;font-size:12px;font-weight:600;padding:6px 6px 3px}
tr.group.hidden{display:none}
.rule{display:inline-block;font-size:11px;padding:0 5px;border-radius:8px;background:#fff1c2;margin:2px 3px 0 0}
.none{padding:12px;color:#57606a}
@media (max-width:900px){main{grid-template-columns:1fr}.pane{max-height:60vh}}
`;

/** Task <-> source links, the unit filter and the issues-only switch. */
export const SCRIPT = `
(function(){
  var rows=[].slice.call(document.querySelectorAll('tr.task'));
  var byId={};rows.forEach(function(r){byId[r.id]=r;});
  var lit=[];
  function clear(){lit.forEach(function(e){e.classList.remove('hit');});lit=[];}
  function light(e){if(e){e.classList.add('hit');lit.push(e);}}
  function selectTask(row,scroll){
    clear();light(row);
    var ids=(row.getAttribute('data-items')||'').split(' ').filter(Boolean);
    ids.forEach(function(id){light(document.getElementById(id));});
    var first=document.getElementById(ids[0]);
    if(scroll!==false&&first)first.scrollIntoView({block:'center'});
    history.replaceState(null,'','#'+row.id);
  }
  function selectSource(item,taskId){
    clear();light(item);
    var row=byId['task-'+taskId];
    if(row){light(row);row.scrollIntoView({block:'center'});history.replaceState(null,'','#'+row.id);}
  }
  document.addEventListener('click',function(ev){
    var a=ev.target.closest('a.back-link');
    if(a){ev.preventDefault();selectSource(a.closest('.src'),a.getAttribute('data-task'));return;}
    var row=ev.target.closest('tr.task');
    if(row){ev.preventDefault();selectTask(row);}
  });
  var unit=document.getElementById('unit'),issues=document.getElementById('issues'),shown=document.getElementById('shown');
  function filter(){
    var u=unit?unit.value:'',only=issues&&issues.checked,n=0;
    document.querySelectorAll('.src.sel').forEach(function(e){e.classList.remove('sel');});
    rows.forEach(function(r){
      var units=JSON.parse(r.getAttribute('data-units')||'[]');
      var ok=(!u||units.indexOf(u)>=0)&&(!only||r.hasAttribute('data-issue'));
      r.classList.toggle('hidden',!ok);
      if(ok){n++;if(u)(r.getAttribute('data-items')||'').split(' ').forEach(function(id){var e=id&&document.getElementById(id);if(e)e.classList.add('sel');});}
    });
    // A heading row stays only while a task under it is shown.
    var groups=[].slice.call(document.querySelectorAll('tr.group'));
    groups.forEach(function(g){var e=g.nextElementSibling,any=false;while(e&&!e.classList.contains('group')){if(!e.classList.contains('hidden'))any=true;e=e.nextElementSibling;}g.classList.toggle('hidden',!any);});
    if(shown)shown.textContent=n+' / '+rows.length;
  }
  if(unit)unit.addEventListener('change',filter);
  if(issues)issues.addEventListener('change',filter);
  var h=decodeURIComponent(location.hash.slice(1));
  if(byId[h])selectTask(byId[h]);
})();
`;
