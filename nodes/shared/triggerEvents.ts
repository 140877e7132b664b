// The "Trigger On" parameter of the polling triggers, and the one way they read it.
import type { INode, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** The parameter's internal name: saved workflows store it, so it never changes. */
export const TRIGGER_EVENT_PARAMETER = 'event';

/**
 * The "Trigger On" dropdown, as n8n's own triggers label it (no tooltip: each option says what
 * it watches). Its name stays `event` and the option values stay as released.
 */
export function triggerOnProperty(options: INodePropertyOptions[], defaultEvent: string): INodeProperties {
	return {
		displayName: 'Trigger On',
		name: TRIGGER_EVENT_PARAMETER,
		type: 'options',
		noDataExpression: true,
		required: true,
		options,
		default: defaultEvent,
	};
}

/**
 * The definition of the chosen event. An event this trigger does not know (a workflow edited by
 * hand, or saved by another version of the node) stops the poll with one clear error naming the
 * events the trigger offers (as the 'Trigger On' dropdown shows them), never a silent fallback.
 */
export function triggerEventOf<T>(
	node: INode,
	events: Readonly<Record<string, T>>,
	chosen: unknown,
	triggerOn: INodeProperties,
): { name: string; event: T } {
	const name = typeof chosen === 'string' ? chosen : '';
	if (name && Object.prototype.hasOwnProperty.call(events, name)) return { name, event: events[name] };
	const labels = ((triggerOn.options ?? []) as INodePropertyOptions[])
		.filter((option) => Object.prototype.hasOwnProperty.call(events, String(option.value)))
		.map((option) => option.name);
	const shown = typeof chosen === 'string' ? `"${chosen.slice(0, 60)}"` : chosen === undefined ? 'empty' : typeof chosen;
	throw new NodeOperationError(node, `Unknown event in 'Trigger On': ${shown}`, {
		description: `Open the node and choose one of: ${labels.join(', ')}`,
	});
}
