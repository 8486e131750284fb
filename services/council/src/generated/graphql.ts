import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CouncilTerm as CouncilTermEntity } from '../terms/council-term.entity';
import type { GraphContext } from '@phoihop/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Nhiệm kỳ Hội đồng nhân dân — a council term, e.g. 2021–2026. */
export type CouncilTerm = {
  __typename?: 'CouncilTerm';
  endYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  /** Display name, e.g. "Khóa XI, nhiệm kỳ 2021–2026". */
  name: Scalars['String']['output'];
  startYear: Scalars['Int']['output'];
};

export type CouncilTermConnection = {
  __typename?: 'CouncilTermConnection';
  edges: Array<CouncilTermEdge>;
  nodes: Array<CouncilTerm>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CouncilTermEdge = {
  __typename?: 'CouncilTermEdge';
  cursor: Scalars['String']['output'];
  node: CouncilTerm;
};

export type Jurisdiction = {
  __typename?: 'Jurisdiction';
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  councilTerm?: Maybe<CouncilTerm>;
  councilTerms: CouncilTermConnection;
};


export type QueryCouncilTermArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCouncilTermsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  CouncilTerm: CouncilTerm;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CouncilTerm:
    ( { __typename: 'CouncilTerm' }
    & GraphQLRecursivePick<FederationTypes['CouncilTerm'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CouncilTerm: ResolverTypeWrapper<CouncilTermEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CouncilTermConnection: ResolverTypeWrapper<Omit<CouncilTermConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CouncilTermEdge']>, nodes: Array<ResolversTypes['CouncilTerm']> }>;
  CouncilTermEdge: ResolverTypeWrapper<Omit<CouncilTermEdge, 'node'> & { node: ResolversTypes['CouncilTerm'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Jurisdiction: ResolverTypeWrapper<Jurisdiction>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CouncilTerm: CouncilTermEntity;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CouncilTermConnection: Omit<CouncilTermConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CouncilTermEdge']>, nodes: Array<ResolversParentTypes['CouncilTerm']> };
  CouncilTermEdge: Omit<CouncilTermEdge, 'node'> & { node: ResolversParentTypes['CouncilTerm'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Jurisdiction: Jurisdiction;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
}>;

export type CouncilTermResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilTerm'] = ResolversParentTypes['CouncilTerm'], FederationReferenceType extends FederationReferenceTypes['CouncilTerm'] = FederationReferenceTypes['CouncilTerm']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilTerm']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilTermConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilTermConnection'] = ResolversParentTypes['CouncilTermConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CouncilTermEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CouncilTerm']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilTermEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilTermEdge'] = ResolversParentTypes['CouncilTermEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CouncilTerm'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type JurisdictionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  councilTerm?: Resolver<Maybe<ResolversTypes['CouncilTerm']>, ParentType, ContextType, RequireFields<QueryCouncilTermArgs, 'id'>>;
  councilTerms?: Resolver<ResolversTypes['CouncilTermConnection'], ParentType, ContextType, Partial<QueryCouncilTermsArgs>>;
}>;

export type Resolvers<ContextType = GraphContext> = ResolversObject<{
  CouncilTerm?: CouncilTermResolvers<ContextType>;
  CouncilTermConnection?: CouncilTermConnectionResolvers<ContextType>;
  CouncilTermEdge?: CouncilTermEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

