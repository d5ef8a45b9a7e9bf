// generated from spec/openapi.yaml by `make generate` — do not edit
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const CallActionPath = validate_CallActionPath;
const schema_CallActionPath = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/ActionName","description":"The action's name (its Socket.IO event)."}}};
const schema_ActionName = {"type":"string","description":"An action of the realtime API's channel `actions`.","enum":["details-view","file","notify-user","room-stats","server-time"],"examples":["server-time"]};

function validate_CallActionPath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_CallActionPath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate_CallActionPath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "name")){
validate_CallActionPath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_CallActionPath.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/ActionName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["name"] = coerced0;
}
}
}
if(!(((((data0 === "details-view") || (data0 === "file")) || (data0 === "notify-user")) || (data0 === "room-stats")) || (data0 === "server-time"))){
validate_CallActionPath.errors = [{instancePath:instancePath+"/name",schemaPath:"#/definitions/ActionName/enum",keyword:"enum",params:{allowedValues: schema_ActionName.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
}
else {
validate_CallActionPath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_CallActionPath.errors = vErrors;
return errors === 0;
}
validate_CallActionPath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const CreateDocumentPath = validate_CreateDocumentPath;
const schema_CreateDocumentPath = {"type":"object","additionalProperties":false,"required":["repo"],"properties":{"repo":{"$ref":"#/definitions/RepoName"}}};
const schema_RepoName = {"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z][a-z0-9_]*$","description":"A repository: lower-case letters, digits and `_`, optionally ending with a permission suffix `_OGE_`, three\noctal digits for the document's owner, users of the owner's account, and everyone: read = 4, write = 2,\nexecute = 1 (reserved; it grants nothing yet). `tasks_760_`: the owner may do everything, their account\nread and write, everyone else nothing. Without a suffix a repository is `_740_`: owner everything,\naccount read, everyone nothing. Anyone signed in may create documents; they own them.\n","examples":["tasks_760_"]};
const func_ucs2length = require("ajv/dist/runtime/ucs2length").default;
const pattern_4ef1093ad1 = new RegExp("^[a-z][a-z0-9_]*$", "u");

function validate_CreateDocumentPath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_CreateDocumentPath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.repo === undefined) && (missing0 = "repo")){
validate_CreateDocumentPath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "repo")){
validate_CreateDocumentPath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repo !== undefined){
let data0 = data.repo;
const _errs3 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_CreateDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["repo"] = coerced0;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_CreateDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_CreateDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data0)){
validate_CreateDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
}
}
}
}
}
else {
validate_CreateDocumentPath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_CreateDocumentPath.errors = vErrors;
return errors === 0;
}
validate_CreateDocumentPath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const DeleteDocumentPath = validate_DeleteDocumentPath;
const schema_DeleteDocumentPath = {"type":"object","additionalProperties":false,"required":["repo","id"],"properties":{"repo":{"$ref":"#/definitions/RepoName"},"id":{"type":"string","format":"uuid"}}};
const format_uuid = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function validate_DeleteDocumentPath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_DeleteDocumentPath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.repo === undefined) && (missing0 = "repo")) || ((data.id === undefined) && (missing0 = "id"))){
validate_DeleteDocumentPath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "repo") || (key0 === "id"))){
validate_DeleteDocumentPath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repo !== undefined){
let data0 = data.repo;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_DeleteDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["repo"] = coerced0;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_DeleteDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_DeleteDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data0)){
validate_DeleteDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs5 = errors;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate_DeleteDocumentPath.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["id"] = coerced1;
}
}
}
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_DeleteDocumentPath.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate_DeleteDocumentPath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_DeleteDocumentPath.errors = vErrors;
return errors === 0;
}
validate_DeleteDocumentPath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const DeleteMyNotificationPath = validate_DeleteMyNotificationPath;
const schema_DeleteMyNotificationPath = {"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/definitions/NotificationId"}}};
const schema_NotificationId = {"type":"string","format":"uuid","description":"A notification's id.","examples":["9a7c2e4b-1d3f-4b6a-8c5e-0f2a4d6b8e10"]};

function validate_DeleteMyNotificationPath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_DeleteMyNotificationPath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate_DeleteMyNotificationPath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "id")){
validate_DeleteMyNotificationPath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs3 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_DeleteMyNotificationPath.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/NotificationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["id"] = coerced0;
}
}
}
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_DeleteMyNotificationPath.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/NotificationId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
}
}
}
}
}
else {
validate_DeleteMyNotificationPath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_DeleteMyNotificationPath.errors = vErrors;
return errors === 0;
}
validate_DeleteMyNotificationPath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const GetDocumentPath = validate_GetDocumentPath;
const schema_GetDocumentPath = {"type":"object","additionalProperties":false,"required":["repo","id"],"properties":{"repo":{"$ref":"#/definitions/RepoName"},"id":{"type":"string","format":"uuid"}}};

function validate_GetDocumentPath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_GetDocumentPath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.repo === undefined) && (missing0 = "repo")) || ((data.id === undefined) && (missing0 = "id"))){
validate_GetDocumentPath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "repo") || (key0 === "id"))){
validate_GetDocumentPath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repo !== undefined){
let data0 = data.repo;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_GetDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["repo"] = coerced0;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_GetDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_GetDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data0)){
validate_GetDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs5 = errors;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate_GetDocumentPath.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["id"] = coerced1;
}
}
}
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_GetDocumentPath.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate_GetDocumentPath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_GetDocumentPath.errors = vErrors;
return errors === 0;
}
validate_GetDocumentPath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const GetEventsQuery = validate_GetEventsQuery;
const schema_GetEventsQuery = {"type":"object","additionalProperties":false,"required":[],"properties":{"room":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/RoomId"},"description":"A chat room to receive the events of (repeatable)."},"repo":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/RepoName"},"description":"A repository to receive the database events of (repeatable)."},"ticket":{"$ref":"#/definitions/EventTicketValue","description":"A ticket from `POST /api/events/tickets`, for clients that cannot send `Authorization`."},"lastEventId":{"$ref":"#/definitions/EventId","description":"The `id` of the last event received, when the client cannot send the `Last-Event-ID` header (which wins when both are present)."}}};
const schema_RoomId = {"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9_.:-]+$","description":"A room's name: letters, digits, `_`, `.`, `:` and `-`. Direct rooms are named `dm:<userId>:<userId>`\n(the two ids in order) and are opened with `open-direct`; no other room name may start with `dm:`.\nNames starting with `db-` are StaticBackend's database channels: they carry no messages (`FORBIDDEN`);\nsubscribe to a repository's changes with `subscribe-db`.\n","examples":["general"]};
const schema_EventTicketValue = {"type":"string","description":"A one-use ticket; as secret as a session token for its minute.","pattern":"^tkt_[A-Za-z0-9_-]{32,64}$"};
const schema_EventId = {"type":"string","maxLength":4096,"description":"An event stream's position, opaque to clients: the `id:` of a stream event, sent back as `Last-Event-ID`\n(or `lastEventId`) to resume. It holds the position of each of the stream's subscriptions (a room's\n`seq`, a repository's change position), for the subscriptions it was made for, so its size grows with\ntheir number (at most `MAX_ROOMS_PER_CONNECTION` of each). One that is unreadable, or made for other\nsubscriptions, is not an error: the stream opens from now, and a `resync` event says so.\n","examples":["1.k3Jd9xQa.1c.0.7"]};
const pattern_6ecde167cd = new RegExp("^[A-Za-z0-9_.:-]+$", "u");
const pattern_1339fb8266 = new RegExp("^tkt_[A-Za-z0-9_-]{32,64}$", "u");

function validate_GetEventsQuery(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_GetEventsQuery.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "room") || (key0 === "repo")) || (key0 === "ticket")) || (key0 === "lastEventId"))){
validate_GetEventsQuery.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.room !== undefined){
let data0 = data.room;
const _errs2 = errors;
if(!(Array.isArray(data0))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(Array.isArray(data0)){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 === "string" || dataType0 === "number"
              || dataType0 === "boolean" || data0 === null){
coerced0 = [data0];
}
else {
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/room",schemaPath:"#/properties/room/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["room"] = coerced0;
}
}
}
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 100){
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/room",schemaPath:"#/properties/room/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/room/" + i0,schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data0 !== undefined){
data0[i0] = coerced1;
}
}
}
if(errors === _errs5){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 128){
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/room/" + i0,schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/room/" + i0,schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data1)){
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/room/" + i0,schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.repo !== undefined){
let data2 = data.repo;
const _errs7 = errors;
if(!(Array.isArray(data2))){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(Array.isArray(data2)){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 === "string" || dataType2 === "number"
              || dataType2 === "boolean" || data2 === null){
coerced2 = [data2];
}
else {
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["repo"] = coerced2;
}
}
}
if(errors === _errs7){
if(Array.isArray(data2)){
if(data2.length > 100){
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
const _errs9 = errors;
const _errs10 = errors;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(typeof data3 === "string"){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/repo/" + i1,schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data2 !== undefined){
data2[i1] = coerced3;
}
}
}
if(errors === _errs10){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 64){
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/repo/" + i1,schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 1){
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/repo/" + i1,schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data3)){
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/repo/" + i1,schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ticket !== undefined){
let data4 = data.ticket;
const _errs12 = errors;
const _errs13 = errors;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if(typeof data4 === "string"){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/ticket",schemaPath:"#/definitions/EventTicketValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["ticket"] = coerced4;
}
}
}
if(errors === _errs13){
if(typeof data4 === "string"){
if(!pattern_1339fb8266.test(data4)){
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/ticket",schemaPath:"#/definitions/EventTicketValue/pattern",keyword:"pattern",params:{pattern: "^tkt_[A-Za-z0-9_-]{32,64}$"},message:"must match pattern \""+"^tkt_[A-Za-z0-9_-]{32,64}$"+"\""}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastEventId !== undefined){
let data5 = data.lastEventId;
const _errs15 = errors;
const _errs16 = errors;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(dataType5 == 'object' && Array.isArray(data5) && data5.length == 1){
data5 = data5[0];
dataType5 = typeof data5;
if(typeof data5 === "string"){
coerced5 = data5;
}
}
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/lastEventId",schemaPath:"#/definitions/EventId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["lastEventId"] = coerced5;
}
}
}
if(errors === _errs16){
if(typeof data5 === "string"){
if(func_ucs2length(data5) > 4096){
validate_GetEventsQuery.errors = [{instancePath:instancePath+"/lastEventId",schemaPath:"#/definitions/EventId/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate_GetEventsQuery.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_GetEventsQuery.errors = vErrors;
return errors === 0;
}
validate_GetEventsQuery.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const GetSpecDocumentPath = validate_GetSpecDocumentPath;
const schema_GetSpecDocumentPath = {"type":"object","additionalProperties":false,"required":["document"],"properties":{"document":{"type":"string","enum":["openapi.yaml","openapi.json","asyncapi.yaml","asyncapi.json"]}}};

function validate_GetSpecDocumentPath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_GetSpecDocumentPath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.document === undefined) && (missing0 = "document")){
validate_GetSpecDocumentPath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "document")){
validate_GetSpecDocumentPath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.document !== undefined){
let data0 = data.document;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_GetSpecDocumentPath.errors = [{instancePath:instancePath+"/document",schemaPath:"#/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["document"] = coerced0;
}
}
}
if(!((((data0 === "openapi.yaml") || (data0 === "openapi.json")) || (data0 === "asyncapi.yaml")) || (data0 === "asyncapi.json"))){
validate_GetSpecDocumentPath.errors = [{instancePath:instancePath+"/document",schemaPath:"#/properties/document/enum",keyword:"enum",params:{allowedValues: schema_GetSpecDocumentPath.properties.document.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
}
else {
validate_GetSpecDocumentPath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_GetSpecDocumentPath.errors = vErrors;
return errors === 0;
}
validate_GetSpecDocumentPath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const GetUserProfilePath = validate_GetUserProfilePath;
const schema_GetUserProfilePath = {"type":"object","additionalProperties":false,"required":["userId"],"properties":{"userId":{"$ref":"#/definitions/UserId"}}};
const schema_UserId = {"type":"string","format":"uuid","description":"A user's stable id.","examples":["0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77"]};

function validate_GetUserProfilePath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_GetUserProfilePath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.userId === undefined) && (missing0 = "userId")){
validate_GetUserProfilePath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "userId")){
validate_GetUserProfilePath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs3 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_GetUserProfilePath.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["userId"] = coerced0;
}
}
}
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_GetUserProfilePath.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/UserId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
}
}
}
}
}
else {
validate_GetUserProfilePath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_GetUserProfilePath.errors = vErrors;
return errors === 0;
}
validate_GetUserProfilePath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ListActivitiesQuery = validate_ListActivitiesQuery;
const schema_ListActivitiesQuery = {"type":"object","additionalProperties":false,"required":[],"properties":{"userId":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/definitions/UserId"},"description":"Only these users (repeat the parameter for several)."}}};

function validate_ListActivitiesQuery(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ListActivitiesQuery.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "userId")){
validate_ListActivitiesQuery.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs2 = errors;
if(!(Array.isArray(data0))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(Array.isArray(data0)){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 === "string" || dataType0 === "number"
              || dataType0 === "boolean" || data0 === null){
coerced0 = [data0];
}
else {
validate_ListActivitiesQuery.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["userId"] = coerced0;
}
}
}
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 100){
validate_ListActivitiesQuery.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data0.length < 1){
validate_ListActivitiesQuery.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate_ListActivitiesQuery.errors = [{instancePath:instancePath+"/userId/" + i0,schemaPath:"#/definitions/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data0 !== undefined){
data0[i0] = coerced1;
}
}
}
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_ListActivitiesQuery.errors = [{instancePath:instancePath+"/userId/" + i0,schemaPath:"#/definitions/UserId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
}
}
}
}
}
else {
validate_ListActivitiesQuery.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ListActivitiesQuery.errors = vErrors;
return errors === 0;
}
validate_ListActivitiesQuery.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ListDocumentsPath = validate_ListDocumentsPath;
const schema_ListDocumentsPath = {"type":"object","additionalProperties":false,"required":["repo"],"properties":{"repo":{"$ref":"#/definitions/RepoName"}}};

function validate_ListDocumentsPath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ListDocumentsPath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.repo === undefined) && (missing0 = "repo")){
validate_ListDocumentsPath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "repo")){
validate_ListDocumentsPath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repo !== undefined){
let data0 = data.repo;
const _errs3 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_ListDocumentsPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["repo"] = coerced0;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_ListDocumentsPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_ListDocumentsPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data0)){
validate_ListDocumentsPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
}
}
}
}
}
else {
validate_ListDocumentsPath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ListDocumentsPath.errors = vErrors;
return errors === 0;
}
validate_ListDocumentsPath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ListDocumentsQuery = validate_ListDocumentsQuery;
const schema_ListDocumentsQuery = {"type":"object","additionalProperties":false,"required":[],"properties":{"limit":{"type":"integer","minimum":1,"maximum":100,"default":50},"after":{"$ref":"#/definitions/Position","description":"The `next` of the previous page."},"filter":{"type":"array","maxItems":10,"items":{"type":"string","minLength":3,"maxLength":512,"pattern":"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,3}:"},"description":"`field:value`, repeatable; all must hold."}}};
const schema_Position = {"type":"integer","minimum":0,"maximum":9007199254740991,"description":"A change's place in its repository's history of changes; 1, 2, 3… with no gaps.","examples":[57]};
const pattern_bb764d3d97 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,3}:", "u");

function validate_ListDocumentsQuery(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ListDocumentsQuery.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "limit") || (key0 === "after")) || (key0 === "filter"))){
validate_ListDocumentsQuery.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.limit !== undefined){
let data0 = data.limit;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){
coerced0 = +data0;
}
else {
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["limit"] = coerced0;
}
}
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100 || isNaN(data0)){
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.after !== undefined){
let data1 = data.after;
const _errs4 = errors;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 === "boolean" || data1 === null
              || (dataType1 === "string" && data1 && data1 == +data1 && !(data1 % 1))){
coerced1 = +data1;
}
else {
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/after",schemaPath:"#/definitions/Position/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["after"] = coerced1;
}
}
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/after",schemaPath:"#/definitions/Position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/after",schemaPath:"#/definitions/Position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.filter !== undefined){
let data2 = data.filter;
const _errs7 = errors;
if(!(Array.isArray(data2))){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(Array.isArray(data2)){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 === "string" || dataType2 === "number"
              || dataType2 === "boolean" || data2 === null){
coerced2 = [data2];
}
else {
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["filter"] = coerced2;
}
}
}
if(errors === _errs7){
if(Array.isArray(data2)){
if(data2.length > 10){
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(typeof data3 === "string"){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/filter/" + i0,schemaPath:"#/properties/filter/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data2 !== undefined){
data2[i0] = coerced3;
}
}
}
if(errors === _errs9){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 512){
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/filter/" + i0,schemaPath:"#/properties/filter/items/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 3){
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/filter/" + i0,schemaPath:"#/properties/filter/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern_bb764d3d97.test(data3)){
validate_ListDocumentsQuery.errors = [{instancePath:instancePath+"/filter/" + i0,schemaPath:"#/properties/filter/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,3}:"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,3}:"+"\""}];
return false;
}
}
}
}
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate_ListDocumentsQuery.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ListDocumentsQuery.errors = vErrors;
return errors === 0;
}
validate_ListDocumentsQuery.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ListMyNotificationsQuery = validate_ListMyNotificationsQuery;
const schema_ListMyNotificationsQuery = {"type":"object","additionalProperties":false,"required":[],"properties":{"limit":{"type":"integer","minimum":1,"maximum":100,"default":50},"cursor":{"$ref":"#/definitions/NotificationCursor","description":"The `cursor` of the previous page."}}};
const schema_NotificationCursor = {"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9_-]+$","description":"Opaque: the `cursor` of the previous page, passed back as is.","examples":["MTI4"]};
const pattern_55f2a7873f = new RegExp("^[A-Za-z0-9_-]+$", "u");

function validate_ListMyNotificationsQuery(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ListMyNotificationsQuery.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "limit") || (key0 === "cursor"))){
validate_ListMyNotificationsQuery.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.limit !== undefined){
let data0 = data.limit;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){
coerced0 = +data0;
}
else {
validate_ListMyNotificationsQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["limit"] = coerced0;
}
}
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100 || isNaN(data0)){
validate_ListMyNotificationsQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate_ListMyNotificationsQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cursor !== undefined){
let data1 = data.cursor;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate_ListMyNotificationsQuery.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["cursor"] = coerced1;
}
}
}
if(errors === _errs5){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 64){
validate_ListMyNotificationsQuery.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_ListMyNotificationsQuery.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_55f2a7873f.test(data1)){
validate_ListMyNotificationsQuery.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate_ListMyNotificationsQuery.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ListMyNotificationsQuery.errors = vErrors;
return errors === 0;
}
validate_ListMyNotificationsQuery.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ListMyRoomsQuery = validate_ListMyRoomsQuery;
const schema_ListMyRoomsQuery = {"type":"object","additionalProperties":false,"required":[],"properties":{"limit":{"type":"integer","minimum":1,"maximum":100,"default":100},"after":{"$ref":"#/definitions/RoomId","description":"The `next` of the previous page (a room name)."}}};

function validate_ListMyRoomsQuery(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ListMyRoomsQuery.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "limit") || (key0 === "after"))){
validate_ListMyRoomsQuery.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.limit !== undefined){
let data0 = data.limit;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){
coerced0 = +data0;
}
else {
validate_ListMyRoomsQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["limit"] = coerced0;
}
}
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100 || isNaN(data0)){
validate_ListMyRoomsQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate_ListMyRoomsQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.after !== undefined){
let data1 = data.after;
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate_ListMyRoomsQuery.errors = [{instancePath:instancePath+"/after",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["after"] = coerced1;
}
}
}
if(errors === _errs5){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 128){
validate_ListMyRoomsQuery.errors = [{instancePath:instancePath+"/after",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_ListMyRoomsQuery.errors = [{instancePath:instancePath+"/after",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data1)){
validate_ListMyRoomsQuery.errors = [{instancePath:instancePath+"/after",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate_ListMyRoomsQuery.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ListMyRoomsQuery.errors = vErrors;
return errors === 0;
}
validate_ListMyRoomsQuery.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ListRoomMessagesPath = validate_ListRoomMessagesPath;
const schema_ListRoomMessagesPath = {"type":"object","additionalProperties":false,"required":["room"],"properties":{"room":{"$ref":"#/definitions/RoomId"}}};

function validate_ListRoomMessagesPath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ListRoomMessagesPath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.room === undefined) && (missing0 = "room")){
validate_ListRoomMessagesPath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "room")){
validate_ListRoomMessagesPath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.room !== undefined){
let data0 = data.room;
const _errs3 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_ListRoomMessagesPath.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["room"] = coerced0;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 128){
validate_ListRoomMessagesPath.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_ListRoomMessagesPath.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_ListRoomMessagesPath.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
}
}
}
}
}
else {
validate_ListRoomMessagesPath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ListRoomMessagesPath.errors = vErrors;
return errors === 0;
}
validate_ListRoomMessagesPath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ListRoomMessagesQuery = validate_ListRoomMessagesQuery;
const schema_ListRoomMessagesQuery = {"type":"object","additionalProperties":false,"required":[],"properties":{"before":{"type":"integer","minimum":1,"maximum":9007199254740991},"after":{"type":"integer","minimum":0,"maximum":9007199254740991},"limit":{"type":"integer","minimum":1,"maximum":100,"default":50}}};

function validate_ListRoomMessagesQuery(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ListRoomMessagesQuery.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "before") || (key0 === "after")) || (key0 === "limit"))){
validate_ListRoomMessagesQuery.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.before !== undefined){
let data0 = data.before;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){
coerced0 = +data0;
}
else {
validate_ListRoomMessagesQuery.errors = [{instancePath:instancePath+"/before",schemaPath:"#/properties/before/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["before"] = coerced0;
}
}
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9007199254740991 || isNaN(data0)){
validate_ListRoomMessagesQuery.errors = [{instancePath:instancePath+"/before",schemaPath:"#/properties/before/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate_ListRoomMessagesQuery.errors = [{instancePath:instancePath+"/before",schemaPath:"#/properties/before/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.after !== undefined){
let data1 = data.after;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 === "boolean" || data1 === null
              || (dataType1 === "string" && data1 && data1 == +data1 && !(data1 % 1))){
coerced1 = +data1;
}
else {
validate_ListRoomMessagesQuery.errors = [{instancePath:instancePath+"/after",schemaPath:"#/properties/after/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["after"] = coerced1;
}
}
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
validate_ListRoomMessagesQuery.errors = [{instancePath:instancePath+"/after",schemaPath:"#/properties/after/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate_ListRoomMessagesQuery.errors = [{instancePath:instancePath+"/after",schemaPath:"#/properties/after/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data2 = data.limit;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 === "boolean" || data2 === null
              || (dataType2 === "string" && data2 && data2 == +data2 && !(data2 % 1))){
coerced2 = +data2;
}
else {
validate_ListRoomMessagesQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["limit"] = coerced2;
}
}
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100 || isNaN(data2)){
validate_ListRoomMessagesQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate_ListRoomMessagesQuery.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate_ListRoomMessagesQuery.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ListRoomMessagesQuery.errors = vErrors;
return errors === 0;
}
validate_ListRoomMessagesQuery.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const PatchDocumentPath = validate_PatchDocumentPath;
const schema_PatchDocumentPath = {"type":"object","additionalProperties":false,"required":["repo","id"],"properties":{"repo":{"$ref":"#/definitions/RepoName"},"id":{"type":"string","format":"uuid"}}};

function validate_PatchDocumentPath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_PatchDocumentPath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.repo === undefined) && (missing0 = "repo")) || ((data.id === undefined) && (missing0 = "id"))){
validate_PatchDocumentPath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "repo") || (key0 === "id"))){
validate_PatchDocumentPath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repo !== undefined){
let data0 = data.repo;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_PatchDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["repo"] = coerced0;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_PatchDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_PatchDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data0)){
validate_PatchDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs5 = errors;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate_PatchDocumentPath.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["id"] = coerced1;
}
}
}
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_PatchDocumentPath.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate_PatchDocumentPath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PatchDocumentPath.errors = vErrors;
return errors === 0;
}
validate_PatchDocumentPath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const RemoveAccountUserPath = validate_RemoveAccountUserPath;
const schema_RemoveAccountUserPath = {"type":"object","additionalProperties":false,"required":["userId"],"properties":{"userId":{"$ref":"#/definitions/UserId"}}};

function validate_RemoveAccountUserPath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_RemoveAccountUserPath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.userId === undefined) && (missing0 = "userId")){
validate_RemoveAccountUserPath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "userId")){
validate_RemoveAccountUserPath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs3 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_RemoveAccountUserPath.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["userId"] = coerced0;
}
}
}
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_RemoveAccountUserPath.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/UserId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
}
}
}
}
}
else {
validate_RemoveAccountUserPath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RemoveAccountUserPath.errors = vErrors;
return errors === 0;
}
validate_RemoveAccountUserPath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ReplaceDocumentPath = validate_ReplaceDocumentPath;
const schema_ReplaceDocumentPath = {"type":"object","additionalProperties":false,"required":["repo","id"],"properties":{"repo":{"$ref":"#/definitions/RepoName"},"id":{"type":"string","format":"uuid"}}};

function validate_ReplaceDocumentPath(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ReplaceDocumentPath.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.repo === undefined) && (missing0 = "repo")) || ((data.id === undefined) && (missing0 = "id"))){
validate_ReplaceDocumentPath.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "repo") || (key0 === "id"))){
validate_ReplaceDocumentPath.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repo !== undefined){
let data0 = data.repo;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate_ReplaceDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["repo"] = coerced0;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_ReplaceDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_ReplaceDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data0)){
validate_ReplaceDocumentPath.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs5 = errors;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate_ReplaceDocumentPath.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["id"] = coerced1;
}
}
}
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_ReplaceDocumentPath.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate_ReplaceDocumentPath.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ReplaceDocumentPath.errors = vErrors;
return errors === 0;
}
validate_ReplaceDocumentPath.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

