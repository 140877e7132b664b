import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

/**
 * Credentials the way n8n applies them, without a database: the credential type's
 * `authenticate` (a function, or a generic description whose `={{$credentials.x}}` expressions
 * are resolved like n8n's own CredentialsHelper does) and `preAuthentication` for types with
 * an `expirable` hidden field. Stored data plays the role of n8n's encrypted credentials table.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** type name → decrypted data, as saved; preAuthentication writes back here */
	readonly stored: Record<string, ICredentialDataDecryptedObject> = {};

	/** how often preAuthentication refreshed a credential, per type */
	readonly refreshes: Record<string, number> = {};

	constructor(private readonly types: Record<string, ICredentialType>) {
		super();
	}

	type(name: string): ICredentialType {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}

	set(typeName: string, data: ICredentialDataDecryptedObject) {
		this.stored[typeName] = { ...data };
	}

	getParentTypes(name: string): string[] {
		const parents = this.types[name]?.extends ?? [];
		return [...parents, ...parents.flatMap((parent) => this.getParentTypes(parent))];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const authenticate = this.type(typeName).authenticate;
		const options = requestOptions as IHttpRequestOptions;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		if (!authenticate || authenticate.type !== 'generic') return options;
		const resolve = (value: unknown) => {
			if (typeof value !== 'string' || !value.startsWith('=')) return value;
			if (!workflow || !node) throw new Error('Generic authentication needs the workflow and node');
			return workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '');
		};
		for (const [outerKey, properties] of Object.entries(authenticate.properties)) {
			const target = ((options as unknown as Record<string, Record<string, unknown>>)[outerKey] ??= {});
			for (const [key, value] of Object.entries(properties as Record<string, unknown>)) {
				target[String(resolve(key))] = resolve(value);
			}
		}
		return options;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		const expirable = type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		// n8n tests a credential through a temporary noOp node with a `temp` parameter
		const isCredentialTest = node?.type === 'n8n-nodes-base.noOp' && node?.parameters?.temp === '';
		if (credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined && !credentialsExpired && !isCredentialTest) {
			return undefined;
		}
		const output = await type.preAuthentication.call(helpers, credentials);
		this.refreshes[typeName] = (this.refreshes[typeName] ?? 0) + 1;
		if (output[expirable.name] !== undefined && !isCredentialTest) {
			this.stored[typeName] = { ...this.stored[typeName], ...output } as ICredentialDataDecryptedObject;
		}
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(_nodeCredentials: INodeCredentialsDetails, _type: string): Promise<ICredentials> {
		throw new Error('not used by the harness');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.stored[type];
		if (!data) throw new Error(`No credentials of type ${type} were given to the test`);
		// a copy per use, like a fresh decrypt from the database
		return JSON.parse(JSON.stringify(data)) as ICredentialDataDecryptedObject;
	}

	async updateCredentials(_details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject) {
		this.stored[type] = { ...data };
	}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}
}
