import { useEffect, useRef, type ReactNode } from 'react';
import { Box } from '@mui/material';

/**
 * react-admin's row checkboxes put their aria-label on MUI's wrapper span, so the input itself has
 * no accessible name (axe "label"). This moves each label onto the input and names the row by its
 * first link (the document number): "Sélectionner cette ligne — BL-2026-0013".
 */
export const RowCheckboxLabels = ({ children }: { children: ReactNode }) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const fix = () => {
      root.querySelectorAll<HTMLElement>('.RaDataTable-checkbox[aria-label], .select-item[aria-label]').forEach((span) => {
        const input = span.querySelector('input');
        const label = span.getAttribute('aria-label');
        if (!input || !label) return;
        const row = span.closest('tr');
        const name = row?.querySelector('a')?.textContent?.trim();
        input.setAttribute('aria-label', name ? `${label} — ${name}` : label);
        span.removeAttribute('aria-label');
      });
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, []);
  return (
    <Box ref={ref} sx={{ width: '100%' }}>
      {children}
    </Box>
  );
};
