import { useEffect, useId, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface StudioDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/**
 * A modal panel over the studio (Escape or the backdrop closes it); scrolls inside on a small screen. It is
 * rendered on document.body, because a transformed or contained studio ancestor would clip a fixed overlay,
 * and carries the `studio` class so the studio's button styles still apply.
 */
export function StudioDialog({ title, onClose, children, testId }: StudioDialogProps) {
  const titleId = useId();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return createPortal(
    <div
      className="studio studio-dialog-backdrop"
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      <section
        className="studio-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </section>
    </div>,
    document.body,
  );
}
