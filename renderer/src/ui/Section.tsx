import { useId, type ReactNode } from 'react';

interface SectionProps {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
}

/** A titled card on a screen, announced as a region named by its heading. */
export function Section({ title, description, children }: SectionProps) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 className="section__title" id={headingId}>
        {title}
      </h2>
      {description && <p className="section__description">{description}</p>}
      {children}
    </section>
  );
}
