import { createContext, useContext, useState, type ReactNode } from "react";

/**
 * Which text on the screen explains which glossary word: the first text to ask for a word keeps it.
 * Texts render top to bottom, so the first occurrence on the screen gets the control. Asking again
 * with the same owner gives the same answer, so re-renders change nothing.
 */
export class TermClaims {
  private readonly owners = new Map<string, string>();

  claim(termId: string, owner: string): boolean {
    const current = this.owners.get(termId);
    if (current === undefined) {
      this.owners.set(termId, owner);
      return true;
    }
    return current === owner;
  }
}

const ClaimsContext = createContext<TermClaims | null>(null);

/** One screen: inside it, each glossary word is marked once. */
export function GlossaryScope({ children }: { children: ReactNode }) {
  const [claims] = useState(() => new TermClaims());
  return <ClaimsContext.Provider value={claims}>{children}</ClaimsContext.Provider>;
}

export function useTermClaims(): TermClaims | null {
  return useContext(ClaimsContext);
}
