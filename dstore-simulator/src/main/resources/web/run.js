// Follows a scenario run: new progress lines every second until it is done, then the report link.
const main = document.querySelector('main.run');
const progress = document.getElementById('progress');
let lines = Number(progress.dataset.lines || 0);

async function poll() {
  const response = await fetch(`/console/runs/${encodeURIComponent(main.dataset.run)}/progress?from=${lines}`);
  if (!response.ok) return;
  const run = await response.json();
  for (const line of run.progress) {
    progress.append(document.createTextNode(line + '\n'));
  }
  lines += run.progress.length;
  progress.scrollTop = progress.scrollHeight;
  document.getElementById('state').textContent = run.state;
  if (run.state === 'RUNNING') {
    setTimeout(poll, 1000);
  } else {
    document.getElementById('report').hidden = !run.report;
    document.getElementById('summary').textContent = run.report ? 'Result: ' + run.report.status : 'The run could not start; see its progress.';
  }
}
poll();
