// Live console: each new message (server-sent event) that passes the page's filter is fetched, already rendered by
// the simulator, and put at the top of the list.
const list = document.getElementById('entries');
const params = new URLSearchParams(window.location.search);
const filter = {
  requestOrderId: params.get('order') || '', storeKey: params.get('store') || '',
  operation: params.get('operation') || '', verdict: params.get('verdict') || '',
};
const paging = params.has('before');

function passes(arrival) {
  return (!filter.requestOrderId || filter.requestOrderId === arrival.requestOrderId)
    && (!filter.storeKey || filter.storeKey === arrival.storeKey)
    && (!filter.operation || filter.operation === arrival.operation)
    && (!filter.verdict || filter.verdict === arrival.verdict);
}

async function add(arrival) {
  if (list.querySelector(`[data-id="${arrival.id}"]`)) return;
  const response = await fetch('/console/entries/' + arrival.id, { headers: { Accept: 'text/html' } });
  if (!response.ok) return;
  const template = document.createElement('template');
  template.innerHTML = (await response.text()).trim();
  const entry = template.content.querySelector('li.entry');
  if (!entry) return;
  const newer = [...list.children].find(li => Number(li.dataset.id) < arrival.id);
  list.insertBefore(entry, newer ?? null);
  document.getElementById('no-entries')?.remove();
}

if (!paging) {
  const events = new EventSource('/console/events');
  events.addEventListener('open', () => { list.dataset.live = 'open'; });
  events.addEventListener('error', () => { delete list.dataset.live; });
  events.addEventListener('message', event => {
    const arrival = JSON.parse(event.data);
    if (passes(arrival)) add(arrival);
  });
}
