// Follows one order live: every message about it (server-sent events) makes the page fetch the order's state again.
import { text } from './http.js';

const main = document.querySelector('main.order');
const id = main.dataset.order;
const base = '/orders/' + encodeURIComponent(id);

async function refresh() {
  const response = await fetch(base + '/state', { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const state = await response.json();
  text(document.getElementById('status'), state.status);
  for (const [field, value] of Object.entries({
    shortOrderNumber: state.shortOrderNumber, readyTime: state.readyTime, deliveryStatus: state.deliveryStatus,
    paid: state.paid, refunded: state.refunded, posOrderId: state.posOrderId,
  })) {
    text(document.getElementById(field), value ?? '–');
  }
  for (const step of state.steps) {
    document.querySelector(`[data-step="${step.status}"]`)?.classList.toggle('reached', step.reached);
  }
  main.dataset.status = state.status;
}

const events = new EventSource(base + '/events');
// the order changes just after its message is recorded: look now and once more a moment later
events.addEventListener('message', () => { refresh(); setTimeout(refresh, 400); });
setInterval(refresh, 5000);
refresh();
