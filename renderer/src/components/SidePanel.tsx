import { useEffect, useRef, type JSX, type ReactNode } from 'react';
import { Icon } from './Icon';

interface Props {
  /** Small caption above the title, e.g. "Hồ sơ". */
  label: string;
  /** The panel's title (an id, shown in monospace). */
  title: string;
  closeLabel: string;
  onClose: () => void;
  /** Move the keyboard focus to the title when the panel opens or its title changes. */
  takeFocus: boolean;
  className?: string;
  testId: string;
  children: ReactNode;
}

/** The right-hand detail panel every screen uses: a titled aside that closes with its button or Escape. */
export function SidePanel({ label, title, closeLabel, onClose, takeFocus, className, testId, children }: Props): JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = `${testId}-title`;
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [title, takeFocus]);

  return (
    <aside
      className={className ? `detail-panel ${className}` : 'detail-panel'}
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="detail-head">
        <div>
          <p className="eyebrow">{label}</p>
          <h2 id={titleId} ref={heading} tabIndex={-1} className="mono">
            {title}
          </h2>
        </div>
        <button type="button" className="icon-btn" aria-label={closeLabel} onClick={onClose} data-testid={`${testId}-close`}>
          <Icon name="close" />
        </button>
      </header>
      <div className="detail-body">{children}</div>
    </aside>
  );
}
