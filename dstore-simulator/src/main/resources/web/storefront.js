// The storefront's basket: picks items and modifiers (the groups' min/max checked here and again by the simulator),
// asks the simulator for the amounts as D-Store computes them, and pays (the simulator sends createOrder).
import { postJson, text } from './http.js';

const main = document.querySelector('main.store');
const checkout = document.getElementById('checkout');
const payButton = document.getElementById('pay');
const basket = [];

function chosenModifiers(form, problems) {
  const modifiers = [];
  for (const group of form.querySelectorAll('fieldset.group')) {
    const picked = [...group.querySelectorAll('input:checked')].map(input => input.value);
    const min = Number(group.dataset.min || 0);
    const max = group.dataset.max === undefined || group.dataset.max === '' ? Infinity : Number(group.dataset.max);
    if (picked.length < min || picked.length > max) {
      problems.push(`${group.dataset.name}: choose ${min === max ? min : max === Infinity ? 'at least ' + min : min + ' to ' + max}`);
    }
    modifiers.push(...picked);
  }
  return modifiers;
}

function label(form) {
  const title = form.querySelector('h3 span').textContent;
  const sku = form.querySelector('fieldset.skus input:checked');
  const skuLabel = sku ? ' (' + sku.parentElement.querySelector('span').textContent.trim() + ')' : '';
  const mods = [...form.querySelectorAll('fieldset.group input:checked')]
    .map(input => input.parentElement.querySelector('span').textContent.trim());
  return title + skuLabel + (mods.length ? ' + ' + mods.join(', ') : '');
}

for (const form of document.querySelectorAll('form.item-form')) {
  form.addEventListener('submit', event => {
    event.preventDefault();
    const problem = form.querySelector('.item-problem');
    const item = form.closest('article').dataset.item;
    const sku = form.querySelector(`[name="sku-${CSS.escape(item)}"]:checked, input[type=hidden][name="sku-${CSS.escape(item)}"]`);
    const problems = [];
    if (!sku) problems.push('choose an option');
    const modifiers = chosenModifiers(form, problems);
    if (problems.length) { text(problem, problems.join('; ')); return; }
    text(problem, '');
    const quantity = Math.max(1, Math.min(99, Number(form.querySelector('[name=quantity]').value) || 1));
    basket.push({ posProductId: sku.value, quantity, modifiers, label: label(form) });
    render();
  });
}

function details() {
  const data = new FormData(checkout);
  return {
    lines: basket.map(({ posProductId, quantity, modifiers }) => ({ posProductId, quantity, modifiers })),
    serviceType: data.get('serviceType'),
    pickupTime: data.get('pickupTime'),
    tableNo: data.get('tableNo'),
    address: data.get('address'),
    customerName: data.get('customerName'),
    phoneNo: data.get('phoneNo'),
    remark: data.get('remark'),
  };
}

function showService() {
  const chosen = new FormData(checkout).get('serviceType');
  for (const type of ['PICKUP', 'DINEIN', 'DELIVERY']) {
    checkout.querySelector('.for-' + type).hidden = type !== chosen;
  }
}

function render() {
  const list = document.querySelector('.basket .lines');
  list.replaceChildren();
  if (!basket.length) {
    const empty = document.createElement('li');
    empty.className = 'muted';
    text(empty, 'Nothing yet.');
    list.append(empty);
  }
  basket.forEach((line, index) => {
    const li = document.createElement('li');
    text(li, `${line.quantity} × ${line.label} `);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'secondary';
    text(remove, 'Remove');
    remove.setAttribute('aria-label', 'Remove ' + line.label);
    remove.addEventListener('click', () => { basket.splice(index, 1); render(); });
    li.append(remove);
    list.append(li);
  });
  quote();
}

let asked = 0;
async function quote() {
  const amounts = checkout.querySelector('.amounts');
  const problem = checkout.querySelector('.problem');
  if (!basket.length) {
    amounts.replaceChildren();
    text(problem, '');
    payButton.disabled = true;
    return;
  }
  const mine = ++asked;
  const answer = await postJson(main.dataset.quote, details());
  if (mine !== asked) return;
  const q = answer.data;
  amounts.replaceChildren();
  const row = (name, value, cls) => {
    if (value == null) return;
    const dt = document.createElement('dt'); text(dt, name);
    const dd = document.createElement('dd'); text(dd, value);
    if (cls) { dt.className = cls; dd.className = cls; }
    amounts.append(dt, dd);
  };
  if (answer.ok) {
    (q.lines || []).forEach(line => row(`${line.quantity} × ${line.name}`, line.total));
    row('Items', q.productAmount);
    row('Delivery fee', q.deliveryFee);
    row('Discount', q.discount);
    row('Total', q.orderAmount, 'total');
  }
  text(problem, answer.ok ? q.problem : (q.problem || q.message || `HTTP ${answer.status}`));
  payButton.disabled = !answer.ok || !!q.problem;
}

checkout.addEventListener('change', () => { showService(); quote(); });
checkout.addEventListener('submit', async event => {
  event.preventDefault();
  payButton.disabled = true;
  text(payButton, 'Paying…');
  const answer = await postJson(main.dataset.pay, details());
  if (answer.ok && answer.data.orderUrl) {
    window.location.assign(answer.data.orderUrl);
    return;
  }
  text(checkout.querySelector('.problem'), answer.data.problem || answer.data.message || `HTTP ${answer.status}`);
  text(payButton, 'Pay');
  payButton.disabled = false;
});
showService();
