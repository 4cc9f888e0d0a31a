/** Resource types of the official client (types only: nothing of the package root is loaded at run time). */
import type { protos } from '@google-cloud/compute';

type V1 = typeof protos.google.cloud.compute.v1;
export type Instance = protos.google.cloud.compute.v1.IInstance;
export type InstanceTemplate = protos.google.cloud.compute.v1.IInstanceTemplate;
export type InstanceGroupManager = protos.google.cloud.compute.v1.IInstanceGroupManager;
export type Autoscaler = protos.google.cloud.compute.v1.IAutoscaler;
export type HealthCheck = protos.google.cloud.compute.v1.IHealthCheck;
export type BackendService = protos.google.cloud.compute.v1.IBackendService;
export type UrlMap = protos.google.cloud.compute.v1.IUrlMap;
export type PathMatcher = protos.google.cloud.compute.v1.IPathMatcher;
export type PathRule = protos.google.cloud.compute.v1.IPathRule;
export type TargetHttpProxy = protos.google.cloud.compute.v1.ITargetHttpProxy;
export type ForwardingRule = protos.google.cloud.compute.v1.IForwardingRule;
export type Firewall = protos.google.cloud.compute.v1.IFirewall;
export type { V1 };
