// Calls of the sandbox pages to their own simulator: JSON in, JSON out (actions send the page's Origin by themselves).
export async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = { problem: text }; }
  return { ok: response.ok, status: response.status, data: data ?? { problem: text } };
}

export function text(element, value) {
  element.textContent = value ?? '';
}
