import type { JSX, ReactNode } from 'react';

/** A screen's heading: its title (labelling the screen's section), one line below it, and the screen's actions. */
export function PageHead(props: { titleId: string; title: string; lead: ReactNode; leadTestId?: string; children?: ReactNode }): JSX.Element {
  return (
    <div className="page-head">
      <div>
        <h1 id={props.titleId}>{props.title}</h1>
        <p className="muted" data-testid={props.leadTestId}>
          {props.lead}
        </p>
      </div>
      {props.children ? <div className="page-actions">{props.children}</div> : null}
    </div>
  );
}
