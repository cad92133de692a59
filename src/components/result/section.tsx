import type { ReactNode } from "react";

export function Section({
  id,
  title,
  children,
  className = "",
}: {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={`space-y-3 ${className}`}>
      <h2 id={`${id}-title`} className="border-b-2 border-gray-300 pb-1 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
