// The README of a per-service package, in the sections of n8n's community-node template
// (Installation, Operations, Credentials, Compatibility, Usage, Resources, Version history).
// Operations are read from the built node descriptions, so the README lists what the package does.
const fs = require('node:fs');
const path = require('node:path');

const { ROOT, TESTED_N8N, PACK } = require('./packages');

function nodeDescription(file) {
	const exported = require(path.join(ROOT, file));
	const NodeClass = Object.values(exported).find((value) => typeof value === 'function');
	return new NodeClass().description;
}

function optionNames(property) {
	return (property.options ?? []).map((option) => option.name);
}

/** Markdown lines: one per resource with its operations (action nodes), or the trigger's events. */
function operationLines(description) {
	const lines = [];
	const resource = description.properties.find((property) => property.name === 'resource');
	if (resource) {
		for (const option of resource.options) {
			const operation = description.properties.find(
				(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(option.value),
			);
			if (operation) lines.push(`- **${option.name}**: ${optionNames(operation).join(', ')}`);
		}
		return lines;
	}
	const event = description.properties.find((property) => property.type === 'options' && (property.name === 'event' || property.displayName === 'Trigger On'));
	if (event) lines.push(`- Trigger On: ${optionNames(event).join(', ')} (polling)`);
	return lines;
}

/** The CHANGELOG's version headings, newest first. */
function versions() {
	const changelog = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
	return [...changelog.matchAll(/^## (\S+)(.*)$/gm)].map(([, version, rest]) => `${version}${rest}`);
}

function serviceReadme(service, manifest) {
	const repo = manifest.homepage.replace(/#readme$/, '');
	const version = manifest.version;
	const nodeSections = manifest.n8n.nodes.map((file) => {
		const description = nodeDescription(file);
		return [`### ${description.displayName} (\`${manifest.name}.${description.name}\`)`, '', ...operationLines(description)].join('\n');
	});
	return `# ${manifest.name}

This is an n8n community node package. It lets you use ${service.service} in your n8n workflows:
${service.about}.

[n8n](https://n8n.io/) is a [fair-code licensed](https://docs.n8n.io/sustainable-use-license/) workflow automation platform.

It is one of five packages built from [${PACK.name}](${repo}): the pack has all four services
(Qebot, QBench, CrmRpc, QBD Connect), and each service also comes as its own package, which is the
form n8n verifies. Install either the pack or per-service packages, not both (see Compatibility).

[Installation](#installation) · [Operations](#operations) · [Credentials](#credentials) · [Compatibility](#compatibility) · [Usage](#usage) · [Resources](#resources) · [Version history](#version-history)

## Installation

Follow the [installation guide](https://docs.n8n.io/integrations/community-nodes/installation/) in
the n8n community nodes documentation: *Settings → Community Nodes → Install*, enter
\`${manifest.name}\`. The package has no runtime dependencies; \`n8n-workflow\` comes from n8n.

Before the package is published, or without access to the registry, install the release tarball
in n8n's nodes folder and restart n8n:

\`\`\`bash
mkdir -p ~/.n8n/nodes && cp ${manifest.name}-${version}.tgz ~/.n8n/nodes/ && cd ~/.n8n/nodes
npm install ${manifest.name}-${version}.tgz
\`\`\`

Queue mode and containers: set \`N8N_COMMUNITY_PACKAGES=${manifest.name}@${version}\` (n8n 2.x,
with \`N8N_COMMUNITY_PACKAGES_MANAGED_BY_ENV=true\`) on the main instance and every worker; see
the [repository's README](${repo}#install-in-n8n).

## Operations

${nodeSections.join('\n\n')}

## Credentials

Credential type \`${service.credentialType}\` (${service.service} API): ${service.credentialSummary}
*Test* in the credential dialog calls the API with it.

## Compatibility

Tested with self-hosted n8n ${TESTED_N8N.join(' and ')}, installed through n8n's own installer
(Settings → Community Nodes: install, update, uninstall) and from the release tarball. Requires
Node.js ${manifest.engines.node} (what your n8n runs on).

Node types are named after the package: \`${manifest.n8n.nodes
		.map((file) => `${manifest.name}.${nodeDescription(file).name}`)
		.join('`, `')}\`. The pack \`${PACK.name}\` has the same nodes as \`${PACK.name}.<node>\` and the
same credential type \`${service.credentialType}\`. Install **either** the pack **or** this package:
n8n refuses the second one (n8n 2.x: *Error loading package … Failed to save installed package*;
n8n 1.x: *There is already an entry with this name*, and its files stay in \`~/.n8n/nodes\` until
\`npm uninstall\` there) and the first keeps working. Moving from the pack: export your workflows,
uninstall the pack, install this package, and replace \`${PACK.name}.\` with \`${manifest.name}.\` in
the node types of the exported workflows before importing them again; saved credentials keep working (same
credential type).

## Usage

An example workflow: [${service.example}](${repo}/blob/main/${service.example}) (*Workflows →
Import from File*, then pick your credential in each node). What each operation sends and returns:
[${service.doc}](${repo}/blob/main/${service.doc}).

## Resources

- [n8n community nodes documentation](https://docs.n8n.io/integrations/#community-nodes)
- [${service.service} operations, fields and API notes](${repo}/blob/main/${service.doc})
- [The repository](${repo}) (issues, changelog, the pack)

## Version history

${versions()
	.map((line) => `- ${line}`)
	.join('\n')}: first release. See the [changelog](${repo}/blob/main/CHANGELOG.md).
`;
}

module.exports = { serviceReadme };
