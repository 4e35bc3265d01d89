import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { marginBoxCss, PAGE_CSS } from '@contract/print/printOptions';
import { todayLocal } from '@contract/shared/time';

/**
 * "打印" from the preview: the document is rendered once more straight under <body>, the app is
 * hidden from print (print.css), page header and footer come as CSS margin boxes, and the
 * system print dialog opens (window.print). Everything is removed after printing.
 */
export function usePreviewPrint(
  title: string,
  doc: () => ReactNode,
): { print: () => void; portal: ReactNode } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return undefined;
    const style = document.createElement('style');
    style.textContent = `${PAGE_CSS}\n${marginBoxCss(title, todayLocal())}`;
    document.head.appendChild(style);
    document.body.classList.add('pd-printing');
    // A moment for the portal to lay out. window.print() returns once the dialog is closed (the
    // pages are printed by then), or at once where there is no dialog: either way it is over.
    const timer = setTimeout(() => {
      window.print();
      setPrinting(false);
    }, 50);
    return () => {
      clearTimeout(timer);
      document.body.classList.remove('pd-printing');
      style.remove();
    };
  }, [printing, title]);
  return {
    print: () => setPrinting(true),
    portal: printing ? createPortal(<div className="pd-print-portal">{doc()}</div>, document.body) : null,
  };
}
