/**
 * Enter inside a date picker picks the typed or highlighted date and nothing more: it never
 * also submits the form around it (the browser's implicit submit), so a half-filled form is
 * not saved by someone confirming a date. Installed once for the whole page; the picker has
 * handled the key by the time it bubbles up to the document.
 */
export function keepDatePickerEnterInPicker(doc: Document): void {
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey) return;
    const el = e.target instanceof Element ? e.target : null;
    if (el?.closest('.ant-picker') && el.closest('form')) e.preventDefault();
  });
}
