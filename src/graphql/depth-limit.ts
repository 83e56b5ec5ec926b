import { Kind, type DocumentNode, type SelectionSetNode, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';

function spreadsIn(selectionSet: SelectionSetNode, into: Set<string>): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) into.add(selection.name.value);
    else if (selection.selectionSet) spreadsIn(selection.selectionSet, into);
  }
  return into;
}

/** True when a fragment spreads itself, directly or through others. */
export function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, Set<string>>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      spreads.set(definition.name.value, spreadsIn(definition.selectionSet, new Set()));
    }
  }
  const done = new Set<string>();
  const onPath = new Set<string>();
  const visit = (name: string): boolean => {
    if (onPath.has(name)) return true;
    if (done.has(name)) return false;
    onPath.add(name);
    const cyclic = [...(spreads.get(name) ?? [])].some(visit);
    onPath.delete(name);
    done.add(name);
    return cyclic;
  };
  return [...spreads.keys()].some(visit);
}

/**
 * graphql-depth-limit follows fragment spreads recursively, so a fragment that spreads itself
 * overflows the stack (a 500). A document with a fragment cycle is invalid anyway: graphql's own
 * NoFragmentCyclesRule refuses it with a 400, so the depth rule stands aside for it.
 */
export function safeDepthLimit(maxDepth: number): ValidationRule {
  const rule = depthLimit(maxDepth) as ValidationRule;
  return (context) => (hasFragmentCycle(context.getDocument()) ? {} : rule(context));
}
