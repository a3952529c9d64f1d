import { useEffect, useId, type ReactNode } from 'react';

export interface StudioDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/** A modal panel over the studio (Escape or the backdrop closes it); scrolls inside on a small screen. */
export function StudioDialog({ title, onClose, children, testId }: StudioDialogProps) {
  const titleId = useId();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div
      className="studio-dialog-backdrop"
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
    </div>
  );
}
