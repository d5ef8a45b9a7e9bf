// generated from spec/openapi.yaml by `make generate` — do not edit
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const Account = validate_Account;
const schema_Account = {"type":"object","additionalProperties":false,"required":["id","ownerId","plan","users"],"properties":{"id":{"type":"string","format":"uuid"},"plan":{"type":"string","description":"The plan that caps the account's connections (`PLANS`)."},"ownerId":{"$ref":"#/definitions/UserId"},"users":{"type":"array","items":{"$ref":"#/definitions/AccountMember"}}}};
const schema_UserId = {"type":"string","format":"uuid","description":"A user's stable id.","examples":["0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77"]};
const format_uuid = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const schema_AccountMember = {"type":"object","additionalProperties":false,"required":["id","username","role"],"properties":{"id":{"$ref":"#/definitions/UserId"},"username":{"$ref":"#/definitions/Username"},"role":{"type":"string","enum":["owner","member"]}}};
const schema_Username = {"type":"string","minLength":3,"maxLength":32,"pattern":"^[A-Za-z0-9_.-]+$","description":"Letters, digits, `_`, `.` and `-`; unique without regard to case.","examples":["ada"]};
const func_ucs2length = require("ajv/dist/runtime/ucs2length").default;
const pattern_b276ba0933 = new RegExp("^[A-Za-z0-9_.-]+$", "u");

function validate_AccountMember(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_AccountMember.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.id === undefined) && (missing0 = "id")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.role === undefined) && (missing0 = "role"))){
validate_AccountMember.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "username")) || (key0 === "role"))){
validate_AccountMember.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_AccountMember.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/UserId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_AccountMember.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 32){
validate_AccountMember.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 3){
validate_AccountMember.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern_b276ba0933.test(data1)){
validate_AccountMember.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_AccountMember.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
let data2 = data.role;
const _errs8 = errors;
if(typeof data2 !== "string"){
validate_AccountMember.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "owner") || (data2 === "member"))){
validate_AccountMember.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema_AccountMember.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
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
validate_AccountMember.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_AccountMember.errors = vErrors;
return errors === 0;
}
validate_AccountMember.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate_Account(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Account.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.ownerId === undefined) && (missing0 = "ownerId"))) || ((data.plan === undefined) && (missing0 = "plan"))) || ((data.users === undefined) && (missing0 = "users"))){
validate_Account.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "plan")) || (key0 === "ownerId")) || (key0 === "users"))){
validate_Account.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_Account.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_Account.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.plan !== undefined){
const _errs4 = errors;
if(typeof data.plan !== "string"){
validate_Account.errors = [{instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ownerId !== undefined){
let data2 = data.ownerId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data2 === "string"){
if(!(format_uuid.test(data2))){
validate_Account.errors = [{instancePath:instancePath+"/ownerId",schemaPath:"#/definitions/UserId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_Account.errors = [{instancePath:instancePath+"/ownerId",schemaPath:"#/definitions/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.users !== undefined){
let data3 = data.users;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data3)){
var valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate_AccountMember(data3[i0], {instancePath:instancePath+"/users/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate_AccountMember.errors : vErrors.concat(validate_AccountMember.errors);
errors = vErrors.length;
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
else {
validate_Account.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate_Account.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Account.errors = vErrors;
return errors === 0;
}
validate_Account.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const AccountConnections = validate_AccountConnections;
const schema_AccountConnections = {"type":"object","additionalProperties":false,"required":["plan","limit","open","users"],"properties":{"plan":{"type":"string"},"limit":{"type":"integer","minimum":0,"description":"The plan's cap on connections at once; 0 means none."},"open":{"type":"integer","minimum":0},"users":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["userId","username","open"],"properties":{"userId":{"$ref":"#/definitions/UserId"},"username":{"$ref":"#/definitions/Username"},"open":{"type":"integer","minimum":0}}}}},"examples":[{"plan":"free","limit":10,"open":3,"users":[{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada","open":2},{"userId":"2a7e4c1d-5b3f-4e8a-9c6d-1f0e2d3c4b5a","username":"grace","open":1}]}]};

function validate_AccountConnections(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_AccountConnections.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.plan === undefined) && (missing0 = "plan")) || ((data.limit === undefined) && (missing0 = "limit"))) || ((data.open === undefined) && (missing0 = "open"))) || ((data.users === undefined) && (missing0 = "users"))){
validate_AccountConnections.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "plan") || (key0 === "limit")) || (key0 === "open")) || (key0 === "users"))){
validate_AccountConnections.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.plan !== undefined){
const _errs2 = errors;
if(typeof data.plan !== "string"){
validate_AccountConnections.errors = [{instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data1 = data.limit;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_AccountConnections.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate_AccountConnections.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.open !== undefined){
let data2 = data.open;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_AccountConnections.errors = [{instancePath:instancePath+"/open",schemaPath:"#/properties/open/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate_AccountConnections.errors = [{instancePath:instancePath+"/open",schemaPath:"#/properties/open/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.users !== undefined){
let data3 = data.users;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((((data4.userId === undefined) && (missing1 = "userId")) || ((data4.username === undefined) && (missing1 = "username"))) || ((data4.open === undefined) && (missing1 = "open"))){
validate_AccountConnections.errors = [{instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs12 = errors;
for(const key1 in data4){
if(!(((key1 === "userId") || (key1 === "username")) || (key1 === "open"))){
validate_AccountConnections.errors = [{instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs12 === errors){
if(data4.userId !== undefined){
let data5 = data4.userId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data5 === "string"){
if(!(format_uuid.test(data5))){
validate_AccountConnections.errors = [{instancePath:instancePath+"/users/" + i0+"/userId",schemaPath:"#/definitions/UserId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_AccountConnections.errors = [{instancePath:instancePath+"/users/" + i0+"/userId",schemaPath:"#/definitions/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.username !== undefined){
let data6 = data4.username;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data6 === "string"){
if(func_ucs2length(data6) > 32){
validate_AccountConnections.errors = [{instancePath:instancePath+"/users/" + i0+"/username",schemaPath:"#/definitions/Username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data6) < 3){
validate_AccountConnections.errors = [{instancePath:instancePath+"/users/" + i0+"/username",schemaPath:"#/definitions/Username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern_b276ba0933.test(data6)){
validate_AccountConnections.errors = [{instancePath:instancePath+"/users/" + i0+"/username",schemaPath:"#/definitions/Username/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_AccountConnections.errors = [{instancePath:instancePath+"/users/" + i0+"/username",schemaPath:"#/definitions/Username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.open !== undefined){
let data7 = data4.open;
const _errs19 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate_AccountConnections.errors = [{instancePath:instancePath+"/users/" + i0+"/open",schemaPath:"#/properties/users/items/properties/open/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs19){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate_AccountConnections.errors = [{instancePath:instancePath+"/users/" + i0+"/open",schemaPath:"#/properties/users/items/properties/open/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate_AccountConnections.errors = [{instancePath:instancePath+"/users/" + i0,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
else {
validate_AccountConnections.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate_AccountConnections.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_AccountConnections.errors = vErrors;
return errors === 0;
}
validate_AccountConnections.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const AccountMember = validate_AccountMember;

export const ActionName = validate_ActionName;
const schema_ActionName = {"type":"string","description":"An action of the realtime API's channel `actions`.","enum":["details-view","file","notify-user","room-stats","server-time"],"examples":["server-time"]};

function validate_ActionName(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ActionName.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate_ActionName.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data === "details-view") || (data === "file")) || (data === "notify-user")) || (data === "room-stats")) || (data === "server-time"))){
validate_ActionName.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema_ActionName.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate_ActionName.errors = vErrors;
return errors === 0;
}
validate_ActionName.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const ActionParams = validate_ActionParams;
const schema_ActionParams = {"type":"object","description":"The action's parameters, checked against its request schema in the realtime API.","examples":[{"room":"general"}]};

function validate_ActionParams(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ActionParams.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate_ActionParams.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
validate_ActionParams.errors = vErrors;
return errors === 0;
}
validate_ActionParams.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const ActionReply = validate_ActionReply;
const schema_ActionReply = {"type":"object","description":"The action's reply, as its reply schema in the realtime API says.","examples":[{"now":"2026-12-01T09:00:00.000Z","epochMs":1796115600000,"uptimeSeconds":3600.5}]};

function validate_ActionReply(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ActionReply.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate_ActionReply.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
validate_ActionReply.errors = vErrors;
return errors === 0;
}
validate_ActionReply.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const ActivityList = validate_ActivityList;
const schema_ActivityList = {"type":"object","additionalProperties":false,"required":["activities"],"properties":{"activities":{"type":"array","items":{"$ref":"#/definitions/UserActivity"}}},"examples":[{"activities":[{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada","state":"busy","since":"2026-11-22T10:00:00.000Z"}]}]};
const schema_UserActivity = {"type":"object","description":"One user's visible activity.","additionalProperties":false,"required":["userId","username","state"],"properties":{"userId":{"type":"string","format":"uuid"},"username":{"type":"string","minLength":3,"maxLength":32},"state":{"$ref":"#/definitions/ActivityState"},"game":{"$ref":"#/definitions/Game"},"status":{"$ref":"#/definitions/StatusText"},"since":{"type":"string","format":"date-time","description":"When this state began: when the activity was set or the user came online; for `offline`, when the\nuser was last visible (a user who hides looks like one who left). Absent when unknown (a user never\nseen online, or activities are disabled).\n"}},"examples":[{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada","state":"playing","game":{"id":"mindustry","name":"Mindustry"},"status":"Wave 30, send help","since":"2026-11-22T10:00:00.000Z"}]};
const schema_ActivityState = {"type":"string","description":"What a user is doing, as others see it. `offline` is also what everyone sees of a user with no\nconnection, of one who connected invisibly and set nothing yet, and of one who chose to appear offline.\n","enum":["online","busy","playing","away","offline"],"examples":["playing"]};
const schema_Game = {"type":"object","description":"The game a `playing` user plays.","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128,"examples":["mindustry"]},"name":{"type":"string","minLength":1,"maxLength":256,"examples":["Mindustry"]}}};
const schema_StatusText = {"type":"string","maxLength":2048,"description":"A free-text status line, as in Nakama (at most 2048 characters).","examples":["Wave 30, send help"]};
const format_date_time = require("ajv-formats/dist/formats").fullFormats["date-time"];

function validate_UserActivity(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_UserActivity.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.userId === undefined) && (missing0 = "userId")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.state === undefined) && (missing0 = "state"))){
validate_UserActivity.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "userId") || (key0 === "username")) || (key0 === "state")) || (key0 === "game")) || (key0 === "status")) || (key0 === "since"))){
validate_UserActivity.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_UserActivity.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_UserActivity.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 32){
validate_UserActivity.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 3){
validate_UserActivity.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_UserActivity.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data2 = data.state;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate_UserActivity.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/ActivityState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "online") || (data2 === "busy")) || (data2 === "playing")) || (data2 === "away")) || (data2 === "offline"))){
validate_UserActivity.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/ActivityState/enum",keyword:"enum",params:{allowedValues: schema_ActivityState.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.game !== undefined){
let data3 = data.game;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.id === undefined) && (missing1 = "id")) || ((data3.name === undefined) && (missing1 = "name"))){
validate_UserActivity.errors = [{instancePath:instancePath+"/game",schemaPath:"#/definitions/Game/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs12 = errors;
for(const key1 in data3){
if(!((key1 === "id") || (key1 === "name"))){
validate_UserActivity.errors = [{instancePath:instancePath+"/game",schemaPath:"#/definitions/Game/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs12 === errors){
if(data3.id !== undefined){
let data4 = data3.id;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_UserActivity.errors = [{instancePath:instancePath+"/game/id",schemaPath:"#/definitions/Game/properties/id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data4) < 1){
validate_UserActivity.errors = [{instancePath:instancePath+"/game/id",schemaPath:"#/definitions/Game/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_UserActivity.errors = [{instancePath:instancePath+"/game/id",schemaPath:"#/definitions/Game/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.name !== undefined){
let data5 = data3.name;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data5 === "string"){
if(func_ucs2length(data5) > 256){
validate_UserActivity.errors = [{instancePath:instancePath+"/game/name",schemaPath:"#/definitions/Game/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func_ucs2length(data5) < 1){
validate_UserActivity.errors = [{instancePath:instancePath+"/game/name",schemaPath:"#/definitions/Game/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_UserActivity.errors = [{instancePath:instancePath+"/game/name",schemaPath:"#/definitions/Game/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate_UserActivity.errors = [{instancePath:instancePath+"/game",schemaPath:"#/definitions/Game/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data6 = data.status;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(func_ucs2length(data6) > 2048){
validate_UserActivity.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/StatusText/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
}
else {
validate_UserActivity.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/StatusText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.since !== undefined){
let data7 = data.since;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!(format_date_time.validate(data7))){
validate_UserActivity.errors = [{instancePath:instancePath+"/since",schemaPath:"#/properties/since/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_UserActivity.errors = [{instancePath:instancePath+"/since",schemaPath:"#/properties/since/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
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
validate_UserActivity.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_UserActivity.errors = vErrors;
return errors === 0;
}
validate_UserActivity.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate_ActivityList(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ActivityList.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.activities === undefined) && (missing0 = "activities")){
validate_ActivityList.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "activities")){
validate_ActivityList.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.activities !== undefined){
let data0 = data.activities;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate_UserActivity(data0[i0], {instancePath:instancePath+"/activities/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate_UserActivity.errors : vErrors.concat(validate_UserActivity.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate_ActivityList.errors = [{instancePath:instancePath+"/activities",schemaPath:"#/properties/activities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate_ActivityList.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ActivityList.errors = vErrors;
return errors === 0;
}
validate_ActivityList.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ActivityState = validate_ActivityState;

function validate_ActivityState(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ActivityState.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate_ActivityState.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data === "online") || (data === "busy")) || (data === "playing")) || (data === "away")) || (data === "offline"))){
validate_ActivityState.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema_ActivityState.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate_ActivityState.errors = vErrors;
return errors === 0;
}
validate_ActivityState.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const Author = validate_Author;
const schema_Author = {"type":"object","additionalProperties":false,"required":["userId","username"],"properties":{"userId":{"type":"string","format":"uuid"},"username":{"type":"string","minLength":3,"maxLength":32}}};

function validate_Author(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Author.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.userId === undefined) && (missing0 = "userId")) || ((data.username === undefined) && (missing0 = "username"))){
validate_Author.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "userId") || (key0 === "username"))){
validate_Author.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_Author.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_Author.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 32){
validate_Author.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 3){
validate_Author.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_Author.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
}
else {
validate_Author.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Author.errors = vErrors;
return errors === 0;
}
validate_Author.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ChatMessage = validate_ChatMessage;
const schema_ChatMessage = {"type":"object","description":"A message as members receive it and as history keeps it. A deleted message keeps its place with `deletedAt` and no body.","additionalProperties":false,"required":["room","id","seq","author","createdAt"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"id":{"type":"string","format":"uuid"},"seq":{"$ref":"#/definitions/SeqNumber"},"author":{"$ref":"#/definitions/Author"},"body":{"$ref":"#/definitions/MessageBody"},"createdAt":{"type":"string","format":"date-time"},"editedAt":{"type":"string","format":"date-time"},"deletedAt":{"type":"string","format":"date-time"}},"examples":[{"room":"general","id":"4f1c9a52-8a0e-4a8b-9f59-6d2c1d0f7e11","seq":42,"author":{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada"},"body":{"text":"hello, room"},"createdAt":"2026-11-22T10:00:00.000Z"}]};
const schema_RoomId = {"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9_.:-]+$","description":"A room's name: letters, digits, `_`, `.`, `:` and `-`. Direct rooms are named `dm:<userId>:<userId>`\n(the two ids in order) and are opened with `open-direct`; no other room name may start with `dm:`.\nNames starting with `db-` are StaticBackend's database channels: they carry no messages (`FORBIDDEN`);\nsubscribe to a repository's changes with `subscribe-db`.\n","examples":["general"]};
const schema_SeqNumber = {"type":"integer","minimum":0,"maximum":9007199254740991,"description":"A message's place in its room's history; 1, 2, 3… with no gaps.","examples":[42]};
const schema_MessageBody = {"type":"object","description":"Any JSON object, at most `MAX_MESSAGE_BYTES` (4 KiB by default) serialized.","additionalProperties":true,"examples":[{"text":"hello, room"}]};
const pattern_6ecde167cd = new RegExp("^[A-Za-z0-9_.:-]+$", "u");

function validate_ChatMessage(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ChatMessage.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.room === undefined) && (missing0 = "room")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.author === undefined) && (missing0 = "author"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))){
validate_ChatMessage.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "room") || (key0 === "id")) || (key0 === "seq")) || (key0 === "author")) || (key0 === "body")) || (key0 === "createdAt")) || (key0 === "editedAt")) || (key0 === "deletedAt"))){
validate_ChatMessage.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.room !== undefined){
let data0 = data.room;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 128){
validate_ChatMessage.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_ChatMessage.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_ChatMessage.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_ChatMessage.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_ChatMessage.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_ChatMessage.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data2 = data.seq;
const _errs7 = errors;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_ChatMessage.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/SeqNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
validate_ChatMessage.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/SeqNumber/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate_ChatMessage.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/SeqNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
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
if(data.author !== undefined){
let data3 = data.author;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.userId === undefined) && (missing1 = "userId")) || ((data3.username === undefined) && (missing1 = "username"))){
validate_ChatMessage.errors = [{instancePath:instancePath+"/author",schemaPath:"#/definitions/Author/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data3){
if(!((key1 === "userId") || (key1 === "username"))){
validate_ChatMessage.errors = [{instancePath:instancePath+"/author",schemaPath:"#/definitions/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data3.userId !== undefined){
let data4 = data3.userId;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data4 === "string"){
if(!(format_uuid.test(data4))){
validate_ChatMessage.errors = [{instancePath:instancePath+"/author/userId",schemaPath:"#/definitions/Author/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_ChatMessage.errors = [{instancePath:instancePath+"/author/userId",schemaPath:"#/definitions/Author/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.username !== undefined){
let data5 = data3.username;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(func_ucs2length(data5) > 32){
validate_ChatMessage.errors = [{instancePath:instancePath+"/author/username",schemaPath:"#/definitions/Author/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data5) < 3){
validate_ChatMessage.errors = [{instancePath:instancePath+"/author/username",schemaPath:"#/definitions/Author/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_ChatMessage.errors = [{instancePath:instancePath+"/author/username",schemaPath:"#/definitions/Author/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate_ChatMessage.errors = [{instancePath:instancePath+"/author",schemaPath:"#/definitions/Author/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
let data6 = data.body;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
}
else {
validate_ChatMessage.errors = [{instancePath:instancePath+"/body",schemaPath:"#/definitions/MessageBody/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data7 = data.createdAt;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data7 === "string"){
if(!(format_date_time.validate(data7))){
validate_ChatMessage.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_ChatMessage.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.editedAt !== undefined){
let data8 = data.editedAt;
const _errs24 = errors;
if(errors === _errs24){
if(errors === _errs24){
if(typeof data8 === "string"){
if(!(format_date_time.validate(data8))){
validate_ChatMessage.errors = [{instancePath:instancePath+"/editedAt",schemaPath:"#/properties/editedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_ChatMessage.errors = [{instancePath:instancePath+"/editedAt",schemaPath:"#/properties/editedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deletedAt !== undefined){
let data9 = data.deletedAt;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data9 === "string"){
if(!(format_date_time.validate(data9))){
validate_ChatMessage.errors = [{instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_ChatMessage.errors = [{instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
}
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
validate_ChatMessage.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ChatMessage.errors = vErrors;
return errors === 0;
}
validate_ChatMessage.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const Credentials = validate_Credentials;
const schema_Credentials = {"type":"object","additionalProperties":false,"required":["username","password"],"properties":{"username":{"$ref":"#/definitions/Username"},"password":{"type":"string","minLength":8,"maxLength":256,"format":"password","description":"At least 8 characters.","examples":["correct horse battery staple"]}},"examples":[{"username":"ada","password":"correct horse battery staple"}]};

function validate_Credentials(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Credentials.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.username === undefined) && (missing0 = "username")) || ((data.password === undefined) && (missing0 = "password"))){
validate_Credentials.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "username") || (key0 === "password"))){
validate_Credentials.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.username !== undefined){
let data0 = data.username;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 32){
validate_Credentials.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 3){
validate_Credentials.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern_b276ba0933.test(data0)){
validate_Credentials.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_Credentials.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.password !== undefined){
let data1 = data.password;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 256){
validate_Credentials.errors = [{instancePath:instancePath+"/password",schemaPath:"#/properties/password/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 8){
validate_Credentials.errors = [{instancePath:instancePath+"/password",schemaPath:"#/properties/password/minLength",keyword:"minLength",params:{limit: 8},message:"must NOT have fewer than 8 characters"}];
return false;
}
}
}
else {
validate_Credentials.errors = [{instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
validate_Credentials.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Credentials.errors = vErrors;
return errors === 0;
}
validate_Credentials.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const Document = validate_Document;
const schema_Document = {"type":"object","additionalProperties":false,"required":["id","repo","ownerId","accountId","position","createdAt","updatedAt","data"],"properties":{"id":{"type":"string","format":"uuid"},"repo":{"$ref":"#/definitions/RepoName"},"ownerId":{"type":"string","format":"uuid","description":"The user who created it."},"accountId":{"type":"string","format":"uuid","description":"The owner's account when it was created."},"position":{"$ref":"#/definitions/Position"},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"},"data":{"$ref":"#/definitions/DocumentData"}},"examples":[{"id":"6d0f3c52-1b1e-4f3e-9a57-0c3f2d7e8a11","repo":"tasks_760_","ownerId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","accountId":"2a7e4c1d-5b3f-4e8a-9c6d-1f0e2d3c4b5a","position":57,"createdAt":"2026-11-22T10:00:00.000Z","updatedAt":"2026-11-22T10:05:00.000Z","data":{"title":"Write the docs","done":false,"priority":2}}]};
const schema_RepoName = {"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z][a-z0-9_]*$","description":"A repository: lower-case letters, digits and `_`, optionally ending with a permission suffix `_OGE_`, three\noctal digits for the document's owner, users of the owner's account, and everyone: read = 4, write = 2,\nexecute = 1 (reserved; it grants nothing yet). `tasks_760_`: the owner may do everything, their account\nread and write, everyone else nothing. Without a suffix a repository is `_740_`: owner everything,\naccount read, everyone nothing. Anyone signed in may create documents; they own them.\n","examples":["tasks_760_"]};
const schema_Position = {"type":"integer","minimum":0,"maximum":9007199254740991,"description":"A change's place in its repository's history of changes; 1, 2, 3… with no gaps.","examples":[57]};
const schema_DocumentData = {"type":"object","description":"Any JSON object, at most `MAX_DOCUMENT_BYTES` (16 KiB by default) serialized.","additionalProperties":true,"examples":[{"title":"Write the docs","done":false,"priority":2}]};
const pattern_4ef1093ad1 = new RegExp("^[a-z][a-z0-9_]*$", "u");

function validate_Document(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Document.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.id === undefined) && (missing0 = "id")) || ((data.repo === undefined) && (missing0 = "repo"))) || ((data.ownerId === undefined) && (missing0 = "ownerId"))) || ((data.accountId === undefined) && (missing0 = "accountId"))) || ((data.position === undefined) && (missing0 = "position"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.updatedAt === undefined) && (missing0 = "updatedAt"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_Document.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "repo")) || (key0 === "ownerId")) || (key0 === "accountId")) || (key0 === "position")) || (key0 === "createdAt")) || (key0 === "updatedAt")) || (key0 === "data"))){
validate_Document.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_Document.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_Document.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
let data1 = data.repo;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 64){
validate_Document.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_Document.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data1)){
validate_Document.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
else {
validate_Document.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ownerId !== undefined){
let data2 = data.ownerId;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data2 === "string"){
if(!(format_uuid.test(data2))){
validate_Document.errors = [{instancePath:instancePath+"/ownerId",schemaPath:"#/properties/ownerId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_Document.errors = [{instancePath:instancePath+"/ownerId",schemaPath:"#/properties/ownerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accountId !== undefined){
let data3 = data.accountId;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data3 === "string"){
if(!(format_uuid.test(data3))){
validate_Document.errors = [{instancePath:instancePath+"/accountId",schemaPath:"#/properties/accountId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_Document.errors = [{instancePath:instancePath+"/accountId",schemaPath:"#/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
let data4 = data.position;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate_Document.errors = [{instancePath:instancePath+"/position",schemaPath:"#/definitions/Position/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate_Document.errors = [{instancePath:instancePath+"/position",schemaPath:"#/definitions/Position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate_Document.errors = [{instancePath:instancePath+"/position",schemaPath:"#/definitions/Position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data5 = data.createdAt;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data5 === "string"){
if(!(format_date_time.validate(data5))){
validate_Document.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_Document.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.updatedAt !== undefined){
let data6 = data.updatedAt;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data6 === "string"){
if(!(format_date_time.validate(data6))){
validate_Document.errors = [{instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_Document.errors = [{instancePath:instancePath+"/updatedAt",schemaPath:"#/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data7 = data.data;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
}
else {
validate_Document.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/DocumentData/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
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
validate_Document.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Document.errors = vErrors;
return errors === 0;
}
validate_Document.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const DocumentData = validate_DocumentData;

function validate_DocumentData(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_DocumentData.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
validate_DocumentData.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_DocumentData.errors = vErrors;
return errors === 0;
}
validate_DocumentData.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const DocumentPage = validate_DocumentPage;
const schema_DocumentPage = {"type":"object","additionalProperties":false,"required":["documents"],"properties":{"documents":{"type":"array","items":{"$ref":"#/definitions/Document"}},"next":{"type":"integer","minimum":0,"description":"Present when more documents follow; pass it as `after`."}}};

function validate_DocumentPage(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_DocumentPage.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.documents === undefined) && (missing0 = "documents")){
validate_DocumentPage.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "documents") || (key0 === "next"))){
validate_DocumentPage.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.documents !== undefined){
let data0 = data.documents;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate_Document(data0[i0], {instancePath:instancePath+"/documents/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate_Document.errors : vErrors.concat(validate_Document.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate_DocumentPage.errors = [{instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.next !== undefined){
let data2 = data.next;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_DocumentPage.errors = [{instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate_DocumentPage.errors = [{instancePath:instancePath+"/next",schemaPath:"#/properties/next/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
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
validate_DocumentPage.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_DocumentPage.errors = vErrors;
return errors === 0;
}
validate_DocumentPage.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const Error = validate_Error;
const schema_Error = {"type":"object","description":"A machine-readable code, a human-readable message and, for input errors, the field at fault.","additionalProperties":false,"required":["code","message"],"properties":{"code":{"$ref":"#/definitions/ErrorCode"},"message":{"type":"string","minLength":1,"maxLength":1024,"description":"What went wrong, for people. Never contains a stack trace or internal detail.","examples":["username must NOT have fewer than 3 characters"]},"field":{"type":"string","maxLength":512,"description":"Where the problem is. Over Socket.IO, a dotted path into the event's payload (`data`, `items.2.name`);\nover HTTP, the same path prefixed with where it is: `body.username`, `query.limit`, `path.id`, `header.authorization`.\nEmpty for the payload as a whole.\n","examples":["username"]},"retryAfterSeconds":{"type":"integer","minimum":1,"maximum":86400,"description":"With `RATE_LIMITED` and `UNAVAILABLE`, how long to wait before trying again (HTTP also sends `Retry-After`).","examples":[2]},"requestId":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9._:+/=-]+$","description":"Over HTTP, the id of the request that failed: the same as the response's `X-Request-Id` header, and on\nevery line the server logged about the request. Quote it when reporting a problem. Absent over the\nrealtime transports.\n","examples":["6f1c2b9e-0d4a-4a57-9b1e-3c8f5d2a7e10"]}},"examples":[{"code":"BAD_INPUT","message":"username must NOT have fewer than 3 characters","field":"username"}]};
const schema_ErrorCode = {"type":"string","description":"What went wrong, as a small closed set (the HTTP status each code maps to is in brackets).\n- `BAD_INPUT` [400]: the payload, body, path or query does not match the schema; `field` names the first offending field.\n- `MALFORMED` [400]: the body is not parseable JSON.\n- `UNKNOWN_EVENT` [400]: a Socket.IO event that this API does not define.\n- `ACK_REQUIRED` [400]: the operation answers with an acknowledgement but the client sent none.\n- `ACK_NOT_ALLOWED` [400]: the operation has no acknowledgement but the client asked for one.\n- `UNAUTHENTICATED` [401]: a missing, malformed, unknown or expired session token or socket secret, or wrong login credentials.\n- `FORBIDDEN` [403]: authenticated, but not allowed to do this.\n- `ACTIVITIES_DISABLED` [403]: the server owner switched activities off (`SERVER_ONLINE_ACTIVITIES_DISABLED`).\n- `NOT_FOUND` [404]: no such resource or route.\n- `METHOD_NOT_ALLOWED` [405]: the route exists but not with this HTTP method.\n- `CONFLICT` [409]: the request conflicts with existing state (a username or room name that is taken).\n- `NOT_MEMBER` [409]: leaving, or acting in, a room the user is not a member of.\n- `LIMIT_REACHED` [409]: a configured bound is reached (rooms per connection, members per room); the message names it.\n- `PAYLOAD_TOO_LARGE` [413]: the frame or body is larger than the configured limit.\n- `RATE_LIMITED` [429]: too many requests of this kind from this client; `retryAfterSeconds` says when to try again.\n- `CONNECTION_LIMIT` [429]: a connection cap is reached (the server's, the user's or the account plan's); the message names it.\n- `UNSUPPORTED_MEDIA_TYPE` [415]: a body that is not `application/json`.\n- `INTERNAL` [500]: the server failed; the details are in its log, never in the reply.\n- `NOT_IMPLEMENTED` [501]: the operation is in the spec but has no implementation yet.\n- `UNAVAILABLE` [503]: the database does not answer, or the server is too busy to take this request now; retry later.\n- `TIMEOUT` [504]: an action ran past `ACTION_TIMEOUT_MS`; what it did before is not undone.\n","enum":["BAD_INPUT","MALFORMED","UNKNOWN_EVENT","ACK_REQUIRED","ACK_NOT_ALLOWED","UNAUTHENTICATED","FORBIDDEN","ACTIVITIES_DISABLED","NOT_FOUND","METHOD_NOT_ALLOWED","CONFLICT","NOT_MEMBER","LIMIT_REACHED","PAYLOAD_TOO_LARGE","UNSUPPORTED_MEDIA_TYPE","RATE_LIMITED","CONNECTION_LIMIT","INTERNAL","NOT_IMPLEMENTED","UNAVAILABLE","TIMEOUT"],"examples":["BAD_INPUT"]};
const pattern_3a8d546a5d = new RegExp("^[A-Za-z0-9._:+/=-]+$", "u");

function validate_Error(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Error.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.code === undefined) && (missing0 = "code")) || ((data.message === undefined) && (missing0 = "message"))){
validate_Error.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "code") || (key0 === "message")) || (key0 === "field")) || (key0 === "retryAfterSeconds")) || (key0 === "requestId"))){
validate_Error.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.code !== undefined){
let data0 = data.code;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate_Error.errors = [{instancePath:instancePath+"/code",schemaPath:"#/definitions/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((((((((((((data0 === "BAD_INPUT") || (data0 === "MALFORMED")) || (data0 === "UNKNOWN_EVENT")) || (data0 === "ACK_REQUIRED")) || (data0 === "ACK_NOT_ALLOWED")) || (data0 === "UNAUTHENTICATED")) || (data0 === "FORBIDDEN")) || (data0 === "ACTIVITIES_DISABLED")) || (data0 === "NOT_FOUND")) || (data0 === "METHOD_NOT_ALLOWED")) || (data0 === "CONFLICT")) || (data0 === "NOT_MEMBER")) || (data0 === "LIMIT_REACHED")) || (data0 === "PAYLOAD_TOO_LARGE")) || (data0 === "UNSUPPORTED_MEDIA_TYPE")) || (data0 === "RATE_LIMITED")) || (data0 === "CONNECTION_LIMIT")) || (data0 === "INTERNAL")) || (data0 === "NOT_IMPLEMENTED")) || (data0 === "UNAVAILABLE")) || (data0 === "TIMEOUT"))){
validate_Error.errors = [{instancePath:instancePath+"/code",schemaPath:"#/definitions/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema_ErrorCode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
let data1 = data.message;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 1024){
validate_Error.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_Error.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_Error.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.field !== undefined){
let data2 = data.field;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 512){
validate_Error.errors = [{instancePath:instancePath+"/field",schemaPath:"#/properties/field/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate_Error.errors = [{instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retryAfterSeconds !== undefined){
let data3 = data.retryAfterSeconds;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate_Error.errors = [{instancePath:instancePath+"/retryAfterSeconds",schemaPath:"#/properties/retryAfterSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 86400 || isNaN(data3)){
validate_Error.errors = [{instancePath:instancePath+"/retryAfterSeconds",schemaPath:"#/properties/retryAfterSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate_Error.errors = [{instancePath:instancePath+"/retryAfterSeconds",schemaPath:"#/properties/retryAfterSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data4 = data.requestId;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_Error.errors = [{instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data4) < 1){
validate_Error.errors = [{instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_3a8d546a5d.test(data4)){
validate_Error.errors = [{instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:+/=-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._:+/=-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_Error.errors = [{instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate_Error.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Error.errors = vErrors;
return errors === 0;
}
validate_Error.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ErrorCode = validate_ErrorCode;

function validate_ErrorCode(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ErrorCode.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate_ErrorCode.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((((((((((((data === "BAD_INPUT") || (data === "MALFORMED")) || (data === "UNKNOWN_EVENT")) || (data === "ACK_REQUIRED")) || (data === "ACK_NOT_ALLOWED")) || (data === "UNAUTHENTICATED")) || (data === "FORBIDDEN")) || (data === "ACTIVITIES_DISABLED")) || (data === "NOT_FOUND")) || (data === "METHOD_NOT_ALLOWED")) || (data === "CONFLICT")) || (data === "NOT_MEMBER")) || (data === "LIMIT_REACHED")) || (data === "PAYLOAD_TOO_LARGE")) || (data === "UNSUPPORTED_MEDIA_TYPE")) || (data === "RATE_LIMITED")) || (data === "CONNECTION_LIMIT")) || (data === "INTERNAL")) || (data === "NOT_IMPLEMENTED")) || (data === "UNAVAILABLE")) || (data === "TIMEOUT"))){
validate_ErrorCode.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema_ErrorCode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate_ErrorCode.errors = vErrors;
return errors === 0;
}
validate_ErrorCode.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const ErrorReply = validate_ErrorReply;
const schema_ErrorReply = {"type":"object","description":"The answer to a request that failed, over every transport.","additionalProperties":false,"required":["error"],"properties":{"error":{"$ref":"#/definitions/Error"}},"examples":[{"error":{"code":"UNAUTHENTICATED","message":"the session token is missing, unknown or expired","field":"header.authorization"}}]};

function validate_ErrorReply(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_ErrorReply.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate_ErrorReply.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "error")){
validate_ErrorReply.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.error !== undefined){
if(!(validate_Error(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate_Error.errors : vErrors.concat(validate_Error.errors);
errors = vErrors.length;
}
}
}
}
}
else {
validate_ErrorReply.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ErrorReply.errors = vErrors;
return errors === 0;
}
validate_ErrorReply.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const EventId = validate_EventId;
const schema_EventId = {"type":"string","maxLength":4096,"description":"An event stream's position, opaque to clients: the `id:` of a stream event, sent back as `Last-Event-ID`\n(or `lastEventId`) to resume. It holds the position of each of the stream's subscriptions (a room's\n`seq`, a repository's change position), for the subscriptions it was made for, so its size grows with\ntheir number (at most `MAX_ROOMS_PER_CONNECTION` of each). One that is unreadable, or made for other\nsubscriptions, is not an error: the stream opens from now, and a `resync` event says so.\n","examples":["1.k3Jd9xQa.1c.0.7"]};

function validate_EventId(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_EventId.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 4096){
validate_EventId.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
else {
validate_EventId.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_EventId.errors = vErrors;
return errors === 0;
}
validate_EventId.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const EventTicket = validate_EventTicket;
const schema_EventTicket = {"type":"object","additionalProperties":false,"required":["ticket","expiresAt"],"properties":{"ticket":{"$ref":"#/definitions/EventTicketValue"},"expiresAt":{"type":"string","format":"date-time","description":"Until when the ticket opens a stream (60 s after it was made)."}},"examples":[{"ticket":"tkt_4bT0cJ9mXw2Qe7Lr1sVfA8yHn3KdZ6pU","expiresAt":"2026-12-01T09:01:00.000Z"}]};
const schema_EventTicketValue = {"type":"string","description":"A one-use ticket; as secret as a session token for its minute.","pattern":"^tkt_[A-Za-z0-9_-]{32,64}$"};
const pattern_1339fb8266 = new RegExp("^tkt_[A-Za-z0-9_-]{32,64}$", "u");

function validate_EventTicket(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_EventTicket.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.ticket === undefined) && (missing0 = "ticket")) || ((data.expiresAt === undefined) && (missing0 = "expiresAt"))){
validate_EventTicket.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "ticket") || (key0 === "expiresAt"))){
validate_EventTicket.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.ticket !== undefined){
let data0 = data.ticket;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern_1339fb8266.test(data0)){
validate_EventTicket.errors = [{instancePath:instancePath+"/ticket",schemaPath:"#/definitions/EventTicketValue/pattern",keyword:"pattern",params:{pattern: "^tkt_[A-Za-z0-9_-]{32,64}$"},message:"must match pattern \""+"^tkt_[A-Za-z0-9_-]{32,64}$"+"\""}];
return false;
}
}
else {
validate_EventTicket.errors = [{instancePath:instancePath+"/ticket",schemaPath:"#/definitions/EventTicketValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expiresAt !== undefined){
let data1 = data.expiresAt;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(format_date_time.validate(data1))){
validate_EventTicket.errors = [{instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_EventTicket.errors = [{instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
validate_EventTicket.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EventTicket.errors = vErrors;
return errors === 0;
}
validate_EventTicket.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const EventTicketValue = validate_EventTicketValue;

function validate_EventTicketValue(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_EventTicketValue.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(!pattern_1339fb8266.test(data)){
validate_EventTicketValue.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^tkt_[A-Za-z0-9_-]{32,64}$"},message:"must match pattern \""+"^tkt_[A-Za-z0-9_-]{32,64}$"+"\""}];
return false;
}
}
else {
validate_EventTicketValue.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_EventTicketValue.errors = vErrors;
return errors === 0;
}
validate_EventTicketValue.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const Game = validate_Game;

function validate_Game(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Game.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))){
validate_Game.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "id") || (key0 === "name"))){
validate_Game.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 128){
validate_Game.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_Game.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_Game.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 256){
validate_Game.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_Game.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_Game.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
}
else {
validate_Game.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Game.errors = vErrors;
return errors === 0;
}
validate_Game.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const GetHealthResponse503 = validate_GetHealthResponse503;
const schema_GetHealthResponse503 = {"oneOf":[{"$ref":"#/definitions/Health"},{"$ref":"#/definitions/ErrorReply"}]};
const schema_Health = {"type":"object","description":"`status` always; the other fields only for the operator (`Authorization: Bearer <METRICS_TOKEN>`),\nor for everyone with `HEALTH_DETAILS=public`, and then all of them (`cluster` in a cluster only).\n","additionalProperties":false,"required":["status"],"properties":{"status":{"type":"string","enum":["ok","unavailable"]},"version":{"type":"string","description":"The server's version.","examples":["0.1.0"]},"uptimeSeconds":{"type":"integer","minimum":0},"database":{"type":"object","additionalProperties":false,"required":["kind","ok"],"properties":{"kind":{"type":"string","enum":["sqlite","postgres"]},"ok":{"type":"boolean"}}},"connections":{"type":"object","description":"Open realtime connections on this server.","additionalProperties":false,"required":["socketio","raw"],"properties":{"socketio":{"type":"integer","minimum":0},"raw":{"type":"integer","minimum":0},"sse":{"type":"integer","minimum":0,"description":"Event streams (`GET /api/events`)."}}},"memory":{"type":"object","description":"This server process's memory.","additionalProperties":false,"required":["rssBytes","heapUsedBytes"],"properties":{"rssBytes":{"type":"integer","minimum":0},"heapUsedBytes":{"type":"integer","minimum":0}}},"cluster":{"type":"object","description":"Present when the server is one process of a cluster (`REDIS_URL`). While the cluster's Redis is\nunreachable, or does not answer a ping within about a second, `redis.ok` is false and `status`\nis `unavailable`, so a load balancer takes the process out until Redis is back.\n","additionalProperties":false,"required":["nodeId","redis"],"properties":{"nodeId":{"type":"string","description":"This process's name in the cluster (`NODE_ID`).","maxLength":128},"redis":{"type":"object","additionalProperties":false,"required":["ok"],"properties":{"ok":{"type":"boolean","description":"Redis answers and every subscription this process needs is in place."}}}}}},"examples":[{"status":"ok","version":"0.3.0","uptimeSeconds":12,"database":{"kind":"sqlite","ok":true},"connections":{"socketio":2,"raw":1,"sse":0},"memory":{"rssBytes":80000000,"heapUsedBytes":30000000}}]};

function validate_GetHealthResponse503(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_GetHealthResponse503.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
const err0 = {instancePath,schemaPath:"#/definitions/Health/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((((((key0 === "status") || (key0 === "version")) || (key0 === "uptimeSeconds")) || (key0 === "database")) || (key0 === "connections")) || (key0 === "memory")) || (key0 === "cluster"))){
const err1 = {instancePath,schemaPath:"#/definitions/Health/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs4 === errors){
if(data.status !== undefined){
let data0 = data.status;
const _errs5 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/definitions/Health/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data0 === "ok") || (data0 === "unavailable"))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/definitions/Health/properties/status/enum",keyword:"enum",params:{allowedValues: schema_Health.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.version !== undefined){
const _errs7 = errors;
if(typeof data.version !== "string"){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/definitions/Health/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.uptimeSeconds !== undefined){
let data2 = data.uptimeSeconds;
const _errs9 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/uptimeSeconds",schemaPath:"#/definitions/Health/properties/uptimeSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors === _errs9){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/uptimeSeconds",schemaPath:"#/definitions/Health/properties/uptimeSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.database !== undefined){
let data3 = data.database;
const _errs11 = errors;
if(errors === _errs11){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.kind === undefined) && (missing1 = "kind")) || ((data3.ok === undefined) && (missing1 = "ok"))){
const err7 = {instancePath:instancePath+"/database",schemaPath:"#/definitions/Health/properties/database/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
const _errs13 = errors;
for(const key1 in data3){
if(!((key1 === "kind") || (key1 === "ok"))){
const err8 = {instancePath:instancePath+"/database",schemaPath:"#/definitions/Health/properties/database/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break;
}
}
if(_errs13 === errors){
if(data3.kind !== undefined){
let data4 = data3.kind;
const _errs14 = errors;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/database/kind",schemaPath:"#/definitions/Health/properties/database/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data4 === "sqlite") || (data4 === "postgres"))){
const err10 = {instancePath:instancePath+"/database/kind",schemaPath:"#/definitions/Health/properties/database/properties/kind/enum",keyword:"enum",params:{allowedValues: schema_Health.properties.database.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.ok !== undefined){
const _errs16 = errors;
if(typeof data3.ok !== "boolean"){
const err11 = {instancePath:instancePath+"/database/ok",schemaPath:"#/definitions/Health/properties/database/properties/ok/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/database",schemaPath:"#/definitions/Health/properties/database/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.connections !== undefined){
let data6 = data.connections;
const _errs18 = errors;
if(errors === _errs18){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if(((data6.socketio === undefined) && (missing2 = "socketio")) || ((data6.raw === undefined) && (missing2 = "raw"))){
const err13 = {instancePath:instancePath+"/connections",schemaPath:"#/definitions/Health/properties/connections/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
const _errs20 = errors;
for(const key2 in data6){
if(!(((key2 === "socketio") || (key2 === "raw")) || (key2 === "sse"))){
const err14 = {instancePath:instancePath+"/connections",schemaPath:"#/definitions/Health/properties/connections/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break;
}
}
if(_errs20 === errors){
if(data6.socketio !== undefined){
let data7 = data6.socketio;
const _errs21 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err15 = {instancePath:instancePath+"/connections/socketio",schemaPath:"#/definitions/Health/properties/connections/properties/socketio/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(errors === _errs21){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/connections/socketio",schemaPath:"#/definitions/Health/properties/connections/properties/socketio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.raw !== undefined){
let data8 = data6.raw;
const _errs23 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err17 = {instancePath:instancePath+"/connections/raw",schemaPath:"#/definitions/Health/properties/connections/properties/raw/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(errors === _errs23){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/connections/raw",schemaPath:"#/definitions/Health/properties/connections/properties/raw/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.sse !== undefined){
let data9 = data6.sse;
const _errs25 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err19 = {instancePath:instancePath+"/connections/sse",schemaPath:"#/definitions/Health/properties/connections/properties/sse/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(errors === _errs25){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err20 = {instancePath:instancePath+"/connections/sse",schemaPath:"#/definitions/Health/properties/connections/properties/sse/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/connections",schemaPath:"#/definitions/Health/properties/connections/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.memory !== undefined){
let data10 = data.memory;
const _errs27 = errors;
if(errors === _errs27){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing3;
if(((data10.rssBytes === undefined) && (missing3 = "rssBytes")) || ((data10.heapUsedBytes === undefined) && (missing3 = "heapUsedBytes"))){
const err22 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/Health/properties/memory/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
const _errs29 = errors;
for(const key3 in data10){
if(!((key3 === "rssBytes") || (key3 === "heapUsedBytes"))){
const err23 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/Health/properties/memory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
}
if(_errs29 === errors){
if(data10.rssBytes !== undefined){
let data11 = data10.rssBytes;
const _errs30 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err24 = {instancePath:instancePath+"/memory/rssBytes",schemaPath:"#/definitions/Health/properties/memory/properties/rssBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(errors === _errs30){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err25 = {instancePath:instancePath+"/memory/rssBytes",schemaPath:"#/definitions/Health/properties/memory/properties/rssBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
var valid5 = _errs30 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.heapUsedBytes !== undefined){
let data12 = data10.heapUsedBytes;
const _errs32 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err26 = {instancePath:instancePath+"/memory/heapUsedBytes",schemaPath:"#/definitions/Health/properties/memory/properties/heapUsedBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(errors === _errs32){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err27 = {instancePath:instancePath+"/memory/heapUsedBytes",schemaPath:"#/definitions/Health/properties/memory/properties/heapUsedBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
var valid5 = _errs32 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/memory",schemaPath:"#/definitions/Health/properties/memory/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.cluster !== undefined){
let data13 = data.cluster;
const _errs34 = errors;
if(errors === _errs34){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing4;
if(((data13.nodeId === undefined) && (missing4 = "nodeId")) || ((data13.redis === undefined) && (missing4 = "redis"))){
const err29 = {instancePath:instancePath+"/cluster",schemaPath:"#/definitions/Health/properties/cluster/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
const _errs36 = errors;
for(const key4 in data13){
if(!((key4 === "nodeId") || (key4 === "redis"))){
const err30 = {instancePath:instancePath+"/cluster",schemaPath:"#/definitions/Health/properties/cluster/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
break;
}
}
if(_errs36 === errors){
if(data13.nodeId !== undefined){
let data14 = data13.nodeId;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data14 === "string"){
if(func_ucs2length(data14) > 128){
const err31 = {instancePath:instancePath+"/cluster/nodeId",schemaPath:"#/definitions/Health/properties/cluster/properties/nodeId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/cluster/nodeId",schemaPath:"#/definitions/Health/properties/cluster/properties/nodeId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data13.redis !== undefined){
let data15 = data13.redis;
const _errs39 = errors;
if(errors === _errs39){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing5;
if((data15.ok === undefined) && (missing5 = "ok")){
const err33 = {instancePath:instancePath+"/cluster/redis",schemaPath:"#/definitions/Health/properties/cluster/properties/redis/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
const _errs41 = errors;
for(const key5 in data15){
if(!(key5 === "ok")){
const err34 = {instancePath:instancePath+"/cluster/redis",schemaPath:"#/definitions/Health/properties/cluster/properties/redis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
break;
}
}
if(_errs41 === errors){
if(data15.ok !== undefined){
if(typeof data15.ok !== "boolean"){
const err35 = {instancePath:instancePath+"/cluster/redis/ok",schemaPath:"#/definitions/Health/properties/cluster/properties/redis/properties/ok/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/cluster/redis",schemaPath:"#/definitions/Health/properties/cluster/properties/redis/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var valid6 = _errs39 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/cluster",schemaPath:"#/definitions/Health/properties/cluster/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var valid2 = _errs34 === errors;
}
else {
var valid2 = true;
}
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
const err38 = {instancePath,schemaPath:"#/definitions/Health/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs44 = errors;
if(!(validate_ErrorReply(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate_ErrorReply.errors : vErrors.concat(validate_ErrorReply.errors);
errors = vErrors.length;
}
var _valid0 = _errs44 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err39 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
validate_GetHealthResponse503.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate_GetHealthResponse503.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate_GetHealthResponse503.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const GetReadinessResponse503 = validate_GetReadinessResponse503;
const schema_GetReadinessResponse503 = {"oneOf":[{"$ref":"#/definitions/Probe"},{"$ref":"#/definitions/ErrorReply"}]};
const schema_Probe = {"type":"object","description":"A probe's answer, and nothing else.","additionalProperties":false,"required":["status"],"properties":{"status":{"type":"string","enum":["ok","unavailable"]}},"examples":[{"status":"ok"}]};

function validate_GetReadinessResponse503(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_GetReadinessResponse503.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
const err0 = {instancePath,schemaPath:"#/definitions/Probe/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(key0 === "status")){
const err1 = {instancePath,schemaPath:"#/definitions/Probe/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs4 === errors){
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/definitions/Probe/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data0 === "ok") || (data0 === "unavailable"))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/definitions/Probe/properties/status/enum",keyword:"enum",params:{allowedValues: schema_Probe.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/definitions/Probe/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs7 = errors;
if(!(validate_ErrorReply(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate_ErrorReply.errors : vErrors.concat(validate_ErrorReply.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate_GetReadinessResponse503.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate_GetReadinessResponse503.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate_GetReadinessResponse503.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const GetSpecDocumentResponse200 = validate_GetSpecDocumentResponse200;
const schema_GetSpecDocumentResponse200 = {"type":"object"};

function validate_GetSpecDocumentResponse200(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_GetSpecDocumentResponse200.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate_GetSpecDocumentResponse200.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
validate_GetSpecDocumentResponse200.errors = vErrors;
return errors === 0;
}
validate_GetSpecDocumentResponse200.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const Health = validate_Health;

function validate_Health(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Health.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
validate_Health.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "status") || (key0 === "version")) || (key0 === "uptimeSeconds")) || (key0 === "database")) || (key0 === "connections")) || (key0 === "memory")) || (key0 === "cluster"))){
validate_Health.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
let data0 = data.status;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate_Health.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data0 === "ok") || (data0 === "unavailable"))){
validate_Health.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema_Health.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
const _errs4 = errors;
if(typeof data.version !== "string"){
validate_Health.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uptimeSeconds !== undefined){
let data2 = data.uptimeSeconds;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_Health.errors = [{instancePath:instancePath+"/uptimeSeconds",schemaPath:"#/properties/uptimeSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate_Health.errors = [{instancePath:instancePath+"/uptimeSeconds",schemaPath:"#/properties/uptimeSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.database !== undefined){
let data3 = data.database;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.kind === undefined) && (missing1 = "kind")) || ((data3.ok === undefined) && (missing1 = "ok"))){
validate_Health.errors = [{instancePath:instancePath+"/database",schemaPath:"#/properties/database/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data3){
if(!((key1 === "kind") || (key1 === "ok"))){
validate_Health.errors = [{instancePath:instancePath+"/database",schemaPath:"#/properties/database/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data3.kind !== undefined){
let data4 = data3.kind;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate_Health.errors = [{instancePath:instancePath+"/database/kind",schemaPath:"#/properties/database/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "sqlite") || (data4 === "postgres"))){
validate_Health.errors = [{instancePath:instancePath+"/database/kind",schemaPath:"#/properties/database/properties/kind/enum",keyword:"enum",params:{allowedValues: schema_Health.properties.database.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.ok !== undefined){
const _errs13 = errors;
if(typeof data3.ok !== "boolean"){
validate_Health.errors = [{instancePath:instancePath+"/database/ok",schemaPath:"#/properties/database/properties/ok/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate_Health.errors = [{instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.connections !== undefined){
let data6 = data.connections;
const _errs15 = errors;
if(errors === _errs15){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if(((data6.socketio === undefined) && (missing2 = "socketio")) || ((data6.raw === undefined) && (missing2 = "raw"))){
validate_Health.errors = [{instancePath:instancePath+"/connections",schemaPath:"#/properties/connections/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs17 = errors;
for(const key2 in data6){
if(!(((key2 === "socketio") || (key2 === "raw")) || (key2 === "sse"))){
validate_Health.errors = [{instancePath:instancePath+"/connections",schemaPath:"#/properties/connections/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs17 === errors){
if(data6.socketio !== undefined){
let data7 = data6.socketio;
const _errs18 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate_Health.errors = [{instancePath:instancePath+"/connections/socketio",schemaPath:"#/properties/connections/properties/socketio/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs18){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate_Health.errors = [{instancePath:instancePath+"/connections/socketio",schemaPath:"#/properties/connections/properties/socketio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.raw !== undefined){
let data8 = data6.raw;
const _errs20 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate_Health.errors = [{instancePath:instancePath+"/connections/raw",schemaPath:"#/properties/connections/properties/raw/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
validate_Health.errors = [{instancePath:instancePath+"/connections/raw",schemaPath:"#/properties/connections/properties/raw/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.sse !== undefined){
let data9 = data6.sse;
const _errs22 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate_Health.errors = [{instancePath:instancePath+"/connections/sse",schemaPath:"#/properties/connections/properties/sse/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs22){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate_Health.errors = [{instancePath:instancePath+"/connections/sse",schemaPath:"#/properties/connections/properties/sse/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate_Health.errors = [{instancePath:instancePath+"/connections",schemaPath:"#/properties/connections/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memory !== undefined){
let data10 = data.memory;
const _errs24 = errors;
if(errors === _errs24){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing3;
if(((data10.rssBytes === undefined) && (missing3 = "rssBytes")) || ((data10.heapUsedBytes === undefined) && (missing3 = "heapUsedBytes"))){
validate_Health.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs26 = errors;
for(const key3 in data10){
if(!((key3 === "rssBytes") || (key3 === "heapUsedBytes"))){
validate_Health.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs26 === errors){
if(data10.rssBytes !== undefined){
let data11 = data10.rssBytes;
const _errs27 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate_Health.errors = [{instancePath:instancePath+"/memory/rssBytes",schemaPath:"#/properties/memory/properties/rssBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs27){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate_Health.errors = [{instancePath:instancePath+"/memory/rssBytes",schemaPath:"#/properties/memory/properties/rssBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data10.heapUsedBytes !== undefined){
let data12 = data10.heapUsedBytes;
const _errs29 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate_Health.errors = [{instancePath:instancePath+"/memory/heapUsedBytes",schemaPath:"#/properties/memory/properties/heapUsedBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs29){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate_Health.errors = [{instancePath:instancePath+"/memory/heapUsedBytes",schemaPath:"#/properties/memory/properties/heapUsedBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate_Health.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cluster !== undefined){
let data13 = data.cluster;
const _errs31 = errors;
if(errors === _errs31){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing4;
if(((data13.nodeId === undefined) && (missing4 = "nodeId")) || ((data13.redis === undefined) && (missing4 = "redis"))){
validate_Health.errors = [{instancePath:instancePath+"/cluster",schemaPath:"#/properties/cluster/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs33 = errors;
for(const key4 in data13){
if(!((key4 === "nodeId") || (key4 === "redis"))){
validate_Health.errors = [{instancePath:instancePath+"/cluster",schemaPath:"#/properties/cluster/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs33 === errors){
if(data13.nodeId !== undefined){
let data14 = data13.nodeId;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data14 === "string"){
if(func_ucs2length(data14) > 128){
validate_Health.errors = [{instancePath:instancePath+"/cluster/nodeId",schemaPath:"#/properties/cluster/properties/nodeId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_Health.errors = [{instancePath:instancePath+"/cluster/nodeId",schemaPath:"#/properties/cluster/properties/nodeId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs34 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data13.redis !== undefined){
let data15 = data13.redis;
const _errs36 = errors;
if(errors === _errs36){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing5;
if((data15.ok === undefined) && (missing5 = "ok")){
validate_Health.errors = [{instancePath:instancePath+"/cluster/redis",schemaPath:"#/properties/cluster/properties/redis/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs38 = errors;
for(const key5 in data15){
if(!(key5 === "ok")){
validate_Health.errors = [{instancePath:instancePath+"/cluster/redis",schemaPath:"#/properties/cluster/properties/redis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs38 === errors){
if(data15.ok !== undefined){
if(typeof data15.ok !== "boolean"){
validate_Health.errors = [{instancePath:instancePath+"/cluster/redis/ok",schemaPath:"#/properties/cluster/properties/redis/properties/ok/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
}
else {
validate_Health.errors = [{instancePath:instancePath+"/cluster/redis",schemaPath:"#/properties/cluster/properties/redis/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs36 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate_Health.errors = [{instancePath:instancePath+"/cluster",schemaPath:"#/properties/cluster/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
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
validate_Health.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Health.errors = vErrors;
return errors === 0;
}
validate_Health.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const HistoryPage = validate_HistoryPage;
const schema_HistoryPage = {"type":"object","additionalProperties":false,"required":["messages","hasMore"],"properties":{"messages":{"type":"array","description":"In increasing `seq` order.","items":{"$ref":"#/definitions/ChatMessage"}},"hasMore":{"type":"boolean","description":"More messages lie beyond this page in the direction asked (older for `before`, newer for `after`)."}}};

function validate_HistoryPage(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_HistoryPage.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.messages === undefined) && (missing0 = "messages")) || ((data.hasMore === undefined) && (missing0 = "hasMore"))){
validate_HistoryPage.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "messages") || (key0 === "hasMore"))){
validate_HistoryPage.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.messages !== undefined){
let data0 = data.messages;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate_ChatMessage(data0[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate_ChatMessage.errors : vErrors.concat(validate_ChatMessage.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate_HistoryPage.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hasMore !== undefined){
const _errs5 = errors;
if(typeof data.hasMore !== "boolean"){
validate_HistoryPage.errors = [{instancePath:instancePath+"/hasMore",schemaPath:"#/properties/hasMore/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
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
validate_HistoryPage.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_HistoryPage.errors = vErrors;
return errors === 0;
}
validate_HistoryPage.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const Landing = validate_Landing;
const schema_Landing = {"type":"object","description":"What this server is and where to read about it.","additionalProperties":false,"required":["name","description","version","links"],"properties":{"name":{"type":"string","examples":["Switchboard"]},"description":{"type":"string","examples":["A spec-first realtime backend"]},"version":{"type":"string","description":"The server's version (the spec documents' `info.version`).","examples":["0.3.0"]},"links":{"type":"object","additionalProperties":false,"required":["httpDocs","realtimeDocs","openapiYaml","openapiJson","asyncapiYaml","asyncapiJson","health"],"properties":{"httpDocs":{"$ref":"#/definitions/Link"},"realtimeDocs":{"$ref":"#/definitions/Link"},"openapiYaml":{"$ref":"#/definitions/Link"},"openapiJson":{"$ref":"#/definitions/Link"},"asyncapiYaml":{"$ref":"#/definitions/Link"},"asyncapiJson":{"$ref":"#/definitions/Link"},"health":{"$ref":"#/definitions/Link"}}}}};
const schema_Link = {"type":"object","additionalProperties":false,"required":["href","type","title"],"properties":{"href":{"type":"string","description":"A path on this server.","examples":["/api/docs"]},"type":{"type":"string","description":"The media type it answers with.","examples":["text/html"]},"title":{"type":"string","examples":["HTTP API docs"]}}};

function validate_Landing(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Landing.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.name === undefined) && (missing0 = "name")) || ((data.description === undefined) && (missing0 = "description"))) || ((data.version === undefined) && (missing0 = "version"))) || ((data.links === undefined) && (missing0 = "links"))){
validate_Landing.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "description")) || (key0 === "version")) || (key0 === "links"))){
validate_Landing.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs4 = errors;
if(typeof data.description !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
const _errs6 = errors;
if(typeof data.version !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.links !== undefined){
let data3 = data.links;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((((((((data3.httpDocs === undefined) && (missing1 = "httpDocs")) || ((data3.realtimeDocs === undefined) && (missing1 = "realtimeDocs"))) || ((data3.openapiYaml === undefined) && (missing1 = "openapiYaml"))) || ((data3.openapiJson === undefined) && (missing1 = "openapiJson"))) || ((data3.asyncapiYaml === undefined) && (missing1 = "asyncapiYaml"))) || ((data3.asyncapiJson === undefined) && (missing1 = "asyncapiJson"))) || ((data3.health === undefined) && (missing1 = "health"))){
validate_Landing.errors = [{instancePath:instancePath+"/links",schemaPath:"#/properties/links/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data3){
if(!(((((((key1 === "httpDocs") || (key1 === "realtimeDocs")) || (key1 === "openapiYaml")) || (key1 === "openapiJson")) || (key1 === "asyncapiYaml")) || (key1 === "asyncapiJson")) || (key1 === "health"))){
validate_Landing.errors = [{instancePath:instancePath+"/links",schemaPath:"#/properties/links/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data3.httpDocs !== undefined){
let data4 = data3.httpDocs;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if((((data4.href === undefined) && (missing2 = "href")) || ((data4.type === undefined) && (missing2 = "type"))) || ((data4.title === undefined) && (missing2 = "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/httpDocs",schemaPath:"#/definitions/Link/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key2 in data4){
if(!(((key2 === "href") || (key2 === "type")) || (key2 === "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/httpDocs",schemaPath:"#/definitions/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data4.href !== undefined){
const _errs15 = errors;
if(typeof data4.href !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/httpDocs/href",schemaPath:"#/definitions/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.type !== undefined){
const _errs17 = errors;
if(typeof data4.type !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/httpDocs/type",schemaPath:"#/definitions/Link/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.title !== undefined){
const _errs19 = errors;
if(typeof data4.title !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/httpDocs/title",schemaPath:"#/definitions/Link/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate_Landing.errors = [{instancePath:instancePath+"/links/httpDocs",schemaPath:"#/definitions/Link/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.realtimeDocs !== undefined){
let data8 = data3.realtimeDocs;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing3;
if((((data8.href === undefined) && (missing3 = "href")) || ((data8.type === undefined) && (missing3 = "type"))) || ((data8.title === undefined) && (missing3 = "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/realtimeDocs",schemaPath:"#/definitions/Link/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key3 in data8){
if(!(((key3 === "href") || (key3 === "type")) || (key3 === "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/realtimeDocs",schemaPath:"#/definitions/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data8.href !== undefined){
const _errs25 = errors;
if(typeof data8.href !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/realtimeDocs/href",schemaPath:"#/definitions/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data8.type !== undefined){
const _errs27 = errors;
if(typeof data8.type !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/realtimeDocs/type",schemaPath:"#/definitions/Link/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs27 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data8.title !== undefined){
const _errs29 = errors;
if(typeof data8.title !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/realtimeDocs/title",schemaPath:"#/definitions/Link/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs29 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate_Landing.errors = [{instancePath:instancePath+"/links/realtimeDocs",schemaPath:"#/definitions/Link/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.openapiYaml !== undefined){
let data12 = data3.openapiYaml;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing4;
if((((data12.href === undefined) && (missing4 = "href")) || ((data12.type === undefined) && (missing4 = "type"))) || ((data12.title === undefined) && (missing4 = "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiYaml",schemaPath:"#/definitions/Link/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key4 in data12){
if(!(((key4 === "href") || (key4 === "type")) || (key4 === "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiYaml",schemaPath:"#/definitions/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data12.href !== undefined){
const _errs35 = errors;
if(typeof data12.href !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiYaml/href",schemaPath:"#/definitions/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs35 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.type !== undefined){
const _errs37 = errors;
if(typeof data12.type !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiYaml/type",schemaPath:"#/definitions/Link/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs37 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.title !== undefined){
const _errs39 = errors;
if(typeof data12.title !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiYaml/title",schemaPath:"#/definitions/Link/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs39 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
else {
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiYaml",schemaPath:"#/definitions/Link/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs31 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.openapiJson !== undefined){
let data16 = data3.openapiJson;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing5;
if((((data16.href === undefined) && (missing5 = "href")) || ((data16.type === undefined) && (missing5 = "type"))) || ((data16.title === undefined) && (missing5 = "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiJson",schemaPath:"#/definitions/Link/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs44 = errors;
for(const key5 in data16){
if(!(((key5 === "href") || (key5 === "type")) || (key5 === "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiJson",schemaPath:"#/definitions/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs44 === errors){
if(data16.href !== undefined){
const _errs45 = errors;
if(typeof data16.href !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiJson/href",schemaPath:"#/definitions/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs45 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data16.type !== undefined){
const _errs47 = errors;
if(typeof data16.type !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiJson/type",schemaPath:"#/definitions/Link/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs47 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data16.title !== undefined){
const _errs49 = errors;
if(typeof data16.title !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiJson/title",schemaPath:"#/definitions/Link/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs49 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
validate_Landing.errors = [{instancePath:instancePath+"/links/openapiJson",schemaPath:"#/definitions/Link/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs41 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.asyncapiYaml !== undefined){
let data20 = data3.asyncapiYaml;
const _errs51 = errors;
const _errs52 = errors;
if(errors === _errs52){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
let missing6;
if((((data20.href === undefined) && (missing6 = "href")) || ((data20.type === undefined) && (missing6 = "type"))) || ((data20.title === undefined) && (missing6 = "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiYaml",schemaPath:"#/definitions/Link/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs54 = errors;
for(const key6 in data20){
if(!(((key6 === "href") || (key6 === "type")) || (key6 === "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiYaml",schemaPath:"#/definitions/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs54 === errors){
if(data20.href !== undefined){
const _errs55 = errors;
if(typeof data20.href !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiYaml/href",schemaPath:"#/definitions/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs55 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data20.type !== undefined){
const _errs57 = errors;
if(typeof data20.type !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiYaml/type",schemaPath:"#/definitions/Link/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs57 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data20.title !== undefined){
const _errs59 = errors;
if(typeof data20.title !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiYaml/title",schemaPath:"#/definitions/Link/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs59 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
else {
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiYaml",schemaPath:"#/definitions/Link/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs51 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.asyncapiJson !== undefined){
let data24 = data3.asyncapiJson;
const _errs61 = errors;
const _errs62 = errors;
if(errors === _errs62){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing7;
if((((data24.href === undefined) && (missing7 = "href")) || ((data24.type === undefined) && (missing7 = "type"))) || ((data24.title === undefined) && (missing7 = "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiJson",schemaPath:"#/definitions/Link/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs64 = errors;
for(const key7 in data24){
if(!(((key7 === "href") || (key7 === "type")) || (key7 === "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiJson",schemaPath:"#/definitions/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs64 === errors){
if(data24.href !== undefined){
const _errs65 = errors;
if(typeof data24.href !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiJson/href",schemaPath:"#/definitions/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs65 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data24.type !== undefined){
const _errs67 = errors;
if(typeof data24.type !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiJson/type",schemaPath:"#/definitions/Link/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs67 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data24.title !== undefined){
const _errs69 = errors;
if(typeof data24.title !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiJson/title",schemaPath:"#/definitions/Link/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs69 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
else {
validate_Landing.errors = [{instancePath:instancePath+"/links/asyncapiJson",schemaPath:"#/definitions/Link/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs61 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.health !== undefined){
let data28 = data3.health;
const _errs71 = errors;
const _errs72 = errors;
if(errors === _errs72){
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
let missing8;
if((((data28.href === undefined) && (missing8 = "href")) || ((data28.type === undefined) && (missing8 = "type"))) || ((data28.title === undefined) && (missing8 = "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/health",schemaPath:"#/definitions/Link/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs74 = errors;
for(const key8 in data28){
if(!(((key8 === "href") || (key8 === "type")) || (key8 === "title"))){
validate_Landing.errors = [{instancePath:instancePath+"/links/health",schemaPath:"#/definitions/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs74 === errors){
if(data28.href !== undefined){
const _errs75 = errors;
if(typeof data28.href !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/health/href",schemaPath:"#/definitions/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs75 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data28.type !== undefined){
const _errs77 = errors;
if(typeof data28.type !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/health/type",schemaPath:"#/definitions/Link/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs77 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data28.title !== undefined){
const _errs79 = errors;
if(typeof data28.title !== "string"){
validate_Landing.errors = [{instancePath:instancePath+"/links/health/title",schemaPath:"#/definitions/Link/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs79 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
else {
validate_Landing.errors = [{instancePath:instancePath+"/links/health",schemaPath:"#/definitions/Link/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs71 === errors;
}
else {
var valid1 = true;
}
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
validate_Landing.errors = [{instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate_Landing.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Landing.errors = vErrors;
return errors === 0;
}
validate_Landing.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const Link = validate_Link;

function validate_Link(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Link.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.href === undefined) && (missing0 = "href")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.title === undefined) && (missing0 = "title"))){
validate_Link.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "href") || (key0 === "type")) || (key0 === "title"))){
validate_Link.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.href !== undefined){
const _errs2 = errors;
if(typeof data.href !== "string"){
validate_Link.errors = [{instancePath:instancePath+"/href",schemaPath:"#/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if(typeof data.type !== "string"){
validate_Link.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs6 = errors;
if(typeof data.title !== "string"){
validate_Link.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
}
else {
validate_Link.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Link.errors = vErrors;
return errors === 0;
}
validate_Link.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const MessageBody = validate_MessageBody;

function validate_MessageBody(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_MessageBody.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
}
else {
validate_MessageBody.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_MessageBody.errors = vErrors;
return errors === 0;
}
validate_MessageBody.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const Notification = validate_Notification;
const schema_Notification = {"type":"object","description":"One notification to one user. `persistent` ones are stored until the user deletes them (or, past\n`MAX_NOTIFICATIONS_PER_USER`, newer ones push them out) and are listed; the others are only sent live.\n","additionalProperties":false,"required":["id","subject","content","code","senderId","createTime","persistent"],"properties":{"id":{"$ref":"#/definitions/NotificationId"},"subject":{"$ref":"#/definitions/NotificationSubject"},"content":{"$ref":"#/definitions/NotificationContent"},"code":{"$ref":"#/definitions/NotificationCode"},"senderId":{"type":["string","null"],"format":"uuid","description":"The user who caused it, or `null` for the server itself."},"createTime":{"type":"string","format":"date-time"},"persistent":{"type":"boolean","description":"Stored (listed, delivered on the next connect when sent while offline), or live only."}},"examples":[{"id":"9a7c2e4b-1d3f-4b6a-8c5e-0f2a4d6b8e10","subject":"You were invited to team-lobby","content":{"room":"team-lobby","invitedBy":{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada"}},"code":-2,"senderId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","createTime":"2026-12-02T10:00:00.000Z","persistent":true}]};
const schema_NotificationId = {"type":"string","format":"uuid","description":"A notification's id.","examples":["9a7c2e4b-1d3f-4b6a-8c5e-0f2a4d6b8e10"]};
const schema_NotificationSubject = {"type":"string","minLength":1,"maxLength":255,"description":"A short line for people (at most 255 characters).","examples":["You were invited to team-lobby"]};
const schema_NotificationContent = {"type":"object","additionalProperties":true,"maxProperties":64,"description":"Any JSON object, at most 4 KiB serialized and 64 keys at its top.","examples":[{"room":"team-lobby","invitedBy":{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada"}}]};
const schema_NotificationCode = {"type":"integer","minimum":-1000,"maximum":1000000,"description":"What kind of notification this is, for the client to switch on. Negative codes are reserved for\nthe server's own (Nakama's convention): `-2` invited to a private room (content `{room, invitedBy}`),\n`-3` added to an account (content `{accountId, addedBy}`), `-4` a request to join a party you lead.\nPositive codes are the application's.\n","examples":[-2]};

function validate_Notification(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Notification.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.id === undefined) && (missing0 = "id")) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.content === undefined) && (missing0 = "content"))) || ((data.code === undefined) && (missing0 = "code"))) || ((data.senderId === undefined) && (missing0 = "senderId"))) || ((data.createTime === undefined) && (missing0 = "createTime"))) || ((data.persistent === undefined) && (missing0 = "persistent"))){
validate_Notification.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "subject")) || (key0 === "content")) || (key0 === "code")) || (key0 === "senderId")) || (key0 === "createTime")) || (key0 === "persistent"))){
validate_Notification.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_Notification.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/NotificationId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_Notification.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/NotificationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subject !== undefined){
let data1 = data.subject;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 255){
validate_Notification.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/definitions/NotificationSubject/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_Notification.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/definitions/NotificationSubject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_Notification.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/definitions/NotificationSubject/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data2 = data.content;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 64){
validate_Notification.errors = [{instancePath:instancePath+"/content",schemaPath:"#/definitions/NotificationContent/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
}
else {
validate_Notification.errors = [{instancePath:instancePath+"/content",schemaPath:"#/definitions/NotificationContent/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
let data3 = data.code;
const _errs12 = errors;
const _errs13 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate_Notification.errors = [{instancePath:instancePath+"/code",schemaPath:"#/definitions/NotificationCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000 || isNaN(data3)){
validate_Notification.errors = [{instancePath:instancePath+"/code",schemaPath:"#/definitions/NotificationCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"}];
return false;
}
else {
if(data3 < -1000 || isNaN(data3)){
validate_Notification.errors = [{instancePath:instancePath+"/code",schemaPath:"#/definitions/NotificationCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000"}];
return false;
}
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.senderId !== undefined){
let data4 = data.senderId;
const _errs15 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate_Notification.errors = [{instancePath:instancePath+"/senderId",schemaPath:"#/properties/senderId/type",keyword:"type",params:{type: schema_Notification.properties.senderId.type},message:"must be string,null"}];
return false;
}
if(errors === _errs15){
if(errors === _errs15){
if(typeof data4 === "string"){
if(!(format_uuid.test(data4))){
validate_Notification.errors = [{instancePath:instancePath+"/senderId",schemaPath:"#/properties/senderId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createTime !== undefined){
let data5 = data.createTime;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
if(typeof data5 === "string"){
if(!(format_date_time.validate(data5))){
validate_Notification.errors = [{instancePath:instancePath+"/createTime",schemaPath:"#/properties/createTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_Notification.errors = [{instancePath:instancePath+"/createTime",schemaPath:"#/properties/createTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.persistent !== undefined){
const _errs19 = errors;
if(typeof data.persistent !== "boolean"){
validate_Notification.errors = [{instancePath:instancePath+"/persistent",schemaPath:"#/properties/persistent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
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
validate_Notification.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Notification.errors = vErrors;
return errors === 0;
}
validate_Notification.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const NotificationCode = validate_NotificationCode;

function validate_NotificationCode(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_NotificationCode.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
validate_NotificationCode.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if((typeof data == "number") && (isFinite(data))){
if(data > 1000000 || isNaN(data)){
validate_NotificationCode.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"}];
return false;
}
else {
if(data < -1000 || isNaN(data)){
validate_NotificationCode.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000"}];
return false;
}
}
}
}
validate_NotificationCode.errors = vErrors;
return errors === 0;
}
validate_NotificationCode.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const NotificationContent = validate_NotificationContent;

function validate_NotificationContent(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_NotificationContent.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 64){
validate_NotificationContent.errors = [{instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
}
else {
validate_NotificationContent.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_NotificationContent.errors = vErrors;
return errors === 0;
}
validate_NotificationContent.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const NotificationCursor = validate_NotificationCursor;
const schema_NotificationCursor = {"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9_-]+$","description":"Opaque: the `cursor` of the previous page, passed back as is.","examples":["MTI4"]};
const pattern_55f2a7873f = new RegExp("^[A-Za-z0-9_-]+$", "u");

function validate_NotificationCursor(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_NotificationCursor.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 64){
validate_NotificationCursor.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data) < 1){
validate_NotificationCursor.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_55f2a7873f.test(data)){
validate_NotificationCursor.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_NotificationCursor.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_NotificationCursor.errors = vErrors;
return errors === 0;
}
validate_NotificationCursor.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const NotificationId = validate_NotificationId;

function validate_NotificationId(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_NotificationId.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(!(format_uuid.test(data))){
validate_NotificationId.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_NotificationId.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate_NotificationId.errors = vErrors;
return errors === 0;
}
validate_NotificationId.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const NotificationList = validate_NotificationList;
const schema_NotificationList = {"type":"object","description":"Nakama's NotificationList. A page of the user's stored notifications, newest first.","additionalProperties":false,"required":["notifications"],"properties":{"notifications":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/Notification"}},"cursor":{"description":"Present when older notifications follow; pass it back as `cursor` for the next page.","$ref":"#/definitions/NotificationCursor"}},"examples":[{"notifications":[{"id":"9a7c2e4b-1d3f-4b6a-8c5e-0f2a4d6b8e10","subject":"You were invited to team-lobby","content":{"room":"team-lobby","invitedBy":{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada"}},"code":-2,"senderId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","createTime":"2026-12-02T10:00:00.000Z","persistent":true}],"cursor":"MTI4"}]};

function validate_NotificationList(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_NotificationList.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.notifications === undefined) && (missing0 = "notifications")){
validate_NotificationList.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "notifications") || (key0 === "cursor"))){
validate_NotificationList.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.notifications !== undefined){
let data0 = data.notifications;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 100){
validate_NotificationList.errors = [{instancePath:instancePath+"/notifications",schemaPath:"#/properties/notifications/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate_Notification(data0[i0], {instancePath:instancePath+"/notifications/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate_Notification.errors : vErrors.concat(validate_Notification.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate_NotificationList.errors = [{instancePath:instancePath+"/notifications",schemaPath:"#/properties/notifications/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cursor !== undefined){
let data2 = data.cursor;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 64){
validate_NotificationList.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data2) < 1){
validate_NotificationList.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_55f2a7873f.test(data2)){
validate_NotificationList.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_NotificationList.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
validate_NotificationList.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_NotificationList.errors = vErrors;
return errors === 0;
}
validate_NotificationList.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const NotificationSubject = validate_NotificationSubject;

function validate_NotificationSubject(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_NotificationSubject.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 255){
validate_NotificationSubject.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func_ucs2length(data) < 1){
validate_NotificationSubject.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_NotificationSubject.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_NotificationSubject.errors = vErrors;
return errors === 0;
}
validate_NotificationSubject.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const Position = validate_Position;

function validate_Position(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Position.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
validate_Position.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
validate_Position.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data < 0 || isNaN(data)){
validate_Position.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
validate_Position.errors = vErrors;
return errors === 0;
}
validate_Position.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const Probe = validate_Probe;

function validate_Probe(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Probe.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
validate_Probe.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "status")){
validate_Probe.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
validate_Probe.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data0 === "ok") || (data0 === "unavailable"))){
validate_Probe.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema_Probe.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
}
else {
validate_Probe.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Probe.errors = vErrors;
return errors === 0;
}
validate_Probe.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const Profile = validate_Profile;
const schema_Profile = {"type":"object","additionalProperties":false,"required":["id","username","createdAt","socketSecret"],"properties":{"id":{"$ref":"#/definitions/UserId"},"username":{"$ref":"#/definitions/Username"},"createdAt":{"type":"string","format":"date-time","examples":["2026-11-22T10:00:00.000Z"]},"socketSecret":{"$ref":"#/definitions/SocketSecretValue"}}};
const schema_SocketSecretValue = {"type":"string","minLength":43,"maxLength":43,"pattern":"^[A-Za-z0-9_-]+$","description":"32 random bytes, base64url. Authenticates Socket.IO handshakes.","examples":["q3Jd5c1V0m8wY2hWb0xk6wGx9YzLrT4uPqN7sA1bC2d"]};

function validate_Profile(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Profile.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.socketSecret === undefined) && (missing0 = "socketSecret"))){
validate_Profile.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "username")) || (key0 === "createdAt")) || (key0 === "socketSecret"))){
validate_Profile.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_Profile.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/UserId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_Profile.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 32){
validate_Profile.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 3){
validate_Profile.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern_b276ba0933.test(data1)){
validate_Profile.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_Profile.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data2 === "string"){
if(!(format_date_time.validate(data2))){
validate_Profile.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_Profile.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.socketSecret !== undefined){
let data3 = data.socketSecret;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 43){
validate_Profile.errors = [{instancePath:instancePath+"/socketSecret",schemaPath:"#/definitions/SocketSecretValue/maxLength",keyword:"maxLength",params:{limit: 43},message:"must NOT have more than 43 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 43){
validate_Profile.errors = [{instancePath:instancePath+"/socketSecret",schemaPath:"#/definitions/SocketSecretValue/minLength",keyword:"minLength",params:{limit: 43},message:"must NOT have fewer than 43 characters"}];
return false;
}
else {
if(!pattern_55f2a7873f.test(data3)){
validate_Profile.errors = [{instancePath:instancePath+"/socketSecret",schemaPath:"#/definitions/SocketSecretValue/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_Profile.errors = [{instancePath:instancePath+"/socketSecret",schemaPath:"#/definitions/SocketSecretValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate_Profile.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Profile.errors = vErrors;
return errors === 0;
}
validate_Profile.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const PublicProfile = validate_PublicProfile;
const schema_PublicProfile = {"type":"object","description":"What any signed-in user may read about another.","additionalProperties":false,"required":["id","username","createdAt","activity"],"properties":{"id":{"$ref":"#/definitions/UserId"},"username":{"$ref":"#/definitions/Username"},"createdAt":{"type":"string","format":"date-time","examples":["2026-11-22T10:00:00.000Z"]},"lastSeenAt":{"type":"string","format":"date-time","description":"When the user's last connection closed; absent if never (or activities are disabled).","examples":["2026-11-22T11:30:00.000Z"]},"activity":{"$ref":"#/definitions/UserActivity"}}};

function validate_PublicProfile(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_PublicProfile.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.activity === undefined) && (missing0 = "activity"))){
validate_PublicProfile.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "username")) || (key0 === "createdAt")) || (key0 === "lastSeenAt")) || (key0 === "activity"))){
validate_PublicProfile.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_PublicProfile.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/UserId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PublicProfile.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 32){
validate_PublicProfile.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 3){
validate_PublicProfile.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern_b276ba0933.test(data1)){
validate_PublicProfile.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_PublicProfile.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data2 === "string"){
if(!(format_date_time.validate(data2))){
validate_PublicProfile.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_PublicProfile.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastSeenAt !== undefined){
let data3 = data.lastSeenAt;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data3 === "string"){
if(!(format_date_time.validate(data3))){
validate_PublicProfile.errors = [{instancePath:instancePath+"/lastSeenAt",schemaPath:"#/properties/lastSeenAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_PublicProfile.errors = [{instancePath:instancePath+"/lastSeenAt",schemaPath:"#/properties/lastSeenAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.activity !== undefined){
const _errs12 = errors;
if(!(validate_UserActivity(data.activity, {instancePath:instancePath+"/activity",parentData:data,parentDataProperty:"activity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate_UserActivity.errors : vErrors.concat(validate_UserActivity.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate_PublicProfile.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PublicProfile.errors = vErrors;
return errors === 0;
}
validate_PublicProfile.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const PublicUser = validate_PublicUser;
const schema_PublicUser = {"type":"object","additionalProperties":false,"required":["id","username","createdAt"],"properties":{"id":{"$ref":"#/definitions/UserId"},"username":{"$ref":"#/definitions/Username"},"createdAt":{"type":"string","format":"date-time","examples":["2026-11-22T10:00:00.000Z"]}}};

function validate_PublicUser(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_PublicUser.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.id === undefined) && (missing0 = "id")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))){
validate_PublicUser.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "username")) || (key0 === "createdAt"))){
validate_PublicUser.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_PublicUser.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/UserId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PublicUser.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/UserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data1 = data.username;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 32){
validate_PublicUser.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 3){
validate_PublicUser.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern_b276ba0933.test(data1)){
validate_PublicUser.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_PublicUser.errors = [{instancePath:instancePath+"/username",schemaPath:"#/definitions/Username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data2 === "string"){
if(!(format_date_time.validate(data2))){
validate_PublicUser.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_PublicUser.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
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
validate_PublicUser.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PublicUser.errors = vErrors;
return errors === 0;
}
validate_PublicUser.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const RepoName = validate_RepoName;

function validate_RepoName(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_RepoName.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 64){
validate_RepoName.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data) < 1){
validate_RepoName.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data)){
validate_RepoName.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
else {
validate_RepoName.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_RepoName.errors = vErrors;
return errors === 0;
}
validate_RepoName.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const RoomId = validate_RoomId;

function validate_RoomId(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_RoomId.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 128){
validate_RoomId.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data) < 1){
validate_RoomId.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data)){
validate_RoomId.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_RoomId.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_RoomId.errors = vErrors;
return errors === 0;
}
validate_RoomId.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const RoomInfo = validate_RoomInfo;
const schema_RoomInfo = {"type":"object","additionalProperties":false,"required":["id","kind","hidden","persistent","lastSeq","memberCount","createdAt"],"properties":{"id":{"$ref":"#/definitions/RoomId"},"kind":{"$ref":"#/definitions/RoomKind"},"ownerId":{"type":"string","format":"uuid","description":"Who created the room (private and public rooms created with `create-room`)."},"hidden":{"type":"boolean","description":"No `member-joined` / `member-left` events are sent for this room."},"persistent":{"type":"boolean","description":"Messages are stored (history, replay, edit, delete). Ephemeral rooms only relay them."},"lastSeq":{"$ref":"#/definitions/SeqNumber"},"memberCount":{"type":"integer","minimum":0},"createdAt":{"type":"string","format":"date-time"}},"examples":[{"id":"general","kind":"public","hidden":false,"persistent":true,"lastSeq":42,"memberCount":3,"createdAt":"2026-11-22T10:00:00.000Z"}]};
const schema_RoomKind = {"type":"string","description":"`public`: anyone signed in may join (StaticBackend's channels). `private`: members only; the owner\ninvites and removes. `direct`: the stable room of two users (Nakama's direct messages).\n","enum":["public","private","direct"]};

function validate_RoomInfo(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_RoomInfo.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.id === undefined) && (missing0 = "id")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.hidden === undefined) && (missing0 = "hidden"))) || ((data.persistent === undefined) && (missing0 = "persistent"))) || ((data.lastSeq === undefined) && (missing0 = "lastSeq"))) || ((data.memberCount === undefined) && (missing0 = "memberCount"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))){
validate_RoomInfo.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "kind")) || (key0 === "ownerId")) || (key0 === "hidden")) || (key0 === "persistent")) || (key0 === "lastSeq")) || (key0 === "memberCount")) || (key0 === "createdAt"))){
validate_RoomInfo.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 128){
validate_RoomInfo.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_RoomInfo.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_RoomInfo.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_RoomInfo.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data1 = data.kind;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate_RoomInfo.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/RoomKind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "public") || (data1 === "private")) || (data1 === "direct"))){
validate_RoomInfo.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/RoomKind/enum",keyword:"enum",params:{allowedValues: schema_RoomKind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ownerId !== undefined){
let data2 = data.ownerId;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data2 === "string"){
if(!(format_uuid.test(data2))){
validate_RoomInfo.errors = [{instancePath:instancePath+"/ownerId",schemaPath:"#/properties/ownerId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_RoomInfo.errors = [{instancePath:instancePath+"/ownerId",schemaPath:"#/properties/ownerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hidden !== undefined){
const _errs10 = errors;
if(typeof data.hidden !== "boolean"){
validate_RoomInfo.errors = [{instancePath:instancePath+"/hidden",schemaPath:"#/properties/hidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.persistent !== undefined){
const _errs12 = errors;
if(typeof data.persistent !== "boolean"){
validate_RoomInfo.errors = [{instancePath:instancePath+"/persistent",schemaPath:"#/properties/persistent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastSeq !== undefined){
let data5 = data.lastSeq;
const _errs14 = errors;
const _errs15 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate_RoomInfo.errors = [{instancePath:instancePath+"/lastSeq",schemaPath:"#/definitions/SeqNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
validate_RoomInfo.errors = [{instancePath:instancePath+"/lastSeq",schemaPath:"#/definitions/SeqNumber/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data5 < 0 || isNaN(data5)){
validate_RoomInfo.errors = [{instancePath:instancePath+"/lastSeq",schemaPath:"#/definitions/SeqNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memberCount !== undefined){
let data6 = data.memberCount;
const _errs17 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate_RoomInfo.errors = [{instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate_RoomInfo.errors = [{instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data7 = data.createdAt;
const _errs19 = errors;
if(errors === _errs19){
if(errors === _errs19){
if(typeof data7 === "string"){
if(!(format_date_time.validate(data7))){
validate_RoomInfo.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_RoomInfo.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
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
validate_RoomInfo.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RoomInfo.errors = vErrors;
return errors === 0;
}
validate_RoomInfo.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const RoomKind = validate_RoomKind;

function validate_RoomKind(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_RoomKind.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate_RoomKind.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data === "public") || (data === "private")) || (data === "direct"))){
validate_RoomKind.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema_RoomKind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate_RoomKind.errors = vErrors;
return errors === 0;
}
validate_RoomKind.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const RoomList = validate_RoomList;
const schema_RoomList = {"type":"object","additionalProperties":false,"required":["rooms"],"properties":{"rooms":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/RoomInfo"}},"next":{"description":"Present when more rooms follow; pass it as `after` for the next page.","$ref":"#/definitions/RoomId"}}};

function validate_RoomList(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_RoomList.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.rooms === undefined) && (missing0 = "rooms")){
validate_RoomList.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "rooms") || (key0 === "next"))){
validate_RoomList.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.rooms !== undefined){
let data0 = data.rooms;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 100){
validate_RoomList.errors = [{instancePath:instancePath+"/rooms",schemaPath:"#/properties/rooms/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate_RoomInfo(data0[i0], {instancePath:instancePath+"/rooms/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate_RoomInfo.errors : vErrors.concat(validate_RoomInfo.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate_RoomList.errors = [{instancePath:instancePath+"/rooms",schemaPath:"#/properties/rooms/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.next !== undefined){
let data2 = data.next;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 128){
validate_RoomList.errors = [{instancePath:instancePath+"/next",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data2) < 1){
validate_RoomList.errors = [{instancePath:instancePath+"/next",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data2)){
validate_RoomList.errors = [{instancePath:instancePath+"/next",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_RoomList.errors = [{instancePath:instancePath+"/next",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
validate_RoomList.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RoomList.errors = vErrors;
return errors === 0;
}
validate_RoomList.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const SeqNumber = validate_SeqNumber;

function validate_SeqNumber(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_SeqNumber.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
validate_SeqNumber.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
validate_SeqNumber.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data < 0 || isNaN(data)){
validate_SeqNumber.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
validate_SeqNumber.errors = vErrors;
return errors === 0;
}
validate_SeqNumber.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const Session = validate_Session;
const schema_Session = {"type":"object","additionalProperties":false,"required":["token","expiresAt","user"],"properties":{"token":{"type":"string","minLength":43,"maxLength":43,"pattern":"^[A-Za-z0-9_-]+$","description":"32 random bytes, base64url. Send as `Authorization: Bearer <token>`.","examples":["Zk1uY2lQd3Q3bVZ4b0h5dE1xR2ZsN2p0U2J1eE5hU0c"]},"expiresAt":{"type":"string","format":"date-time","examples":["2026-11-29T10:00:00.000Z"]},"user":{"$ref":"#/definitions/PublicUser"}}};

function validate_Session(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Session.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.token === undefined) && (missing0 = "token")) || ((data.expiresAt === undefined) && (missing0 = "expiresAt"))) || ((data.user === undefined) && (missing0 = "user"))){
validate_Session.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "token") || (key0 === "expiresAt")) || (key0 === "user"))){
validate_Session.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.token !== undefined){
let data0 = data.token;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 43){
validate_Session.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 43},message:"must NOT have more than 43 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 43){
validate_Session.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/minLength",keyword:"minLength",params:{limit: 43},message:"must NOT have fewer than 43 characters"}];
return false;
}
else {
if(!pattern_55f2a7873f.test(data0)){
validate_Session.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_Session.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expiresAt !== undefined){
let data1 = data.expiresAt;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(format_date_time.validate(data1))){
validate_Session.errors = [{instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_Session.errors = [{instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs6 = errors;
if(!(validate_PublicUser(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate_PublicUser.errors : vErrors.concat(validate_PublicUser.errors);
errors = vErrors.length;
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
}
else {
validate_Session.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Session.errors = vErrors;
return errors === 0;
}
validate_Session.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const SocketSecret = validate_SocketSecret;
const schema_SocketSecret = {"type":"object","additionalProperties":false,"required":["socketSecret"],"properties":{"socketSecret":{"$ref":"#/definitions/SocketSecretValue"}}};

function validate_SocketSecret(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_SocketSecret.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.socketSecret === undefined) && (missing0 = "socketSecret")){
validate_SocketSecret.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "socketSecret")){
validate_SocketSecret.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.socketSecret !== undefined){
let data0 = data.socketSecret;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 43){
validate_SocketSecret.errors = [{instancePath:instancePath+"/socketSecret",schemaPath:"#/definitions/SocketSecretValue/maxLength",keyword:"maxLength",params:{limit: 43},message:"must NOT have more than 43 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 43){
validate_SocketSecret.errors = [{instancePath:instancePath+"/socketSecret",schemaPath:"#/definitions/SocketSecretValue/minLength",keyword:"minLength",params:{limit: 43},message:"must NOT have fewer than 43 characters"}];
return false;
}
else {
if(!pattern_55f2a7873f.test(data0)){
validate_SocketSecret.errors = [{instancePath:instancePath+"/socketSecret",schemaPath:"#/definitions/SocketSecretValue/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_SocketSecret.errors = [{instancePath:instancePath+"/socketSecret",schemaPath:"#/definitions/SocketSecretValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate_SocketSecret.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_SocketSecret.errors = vErrors;
return errors === 0;
}
validate_SocketSecret.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const SocketSecretValue = validate_SocketSecretValue;

function validate_SocketSecretValue(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_SocketSecretValue.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 43){
validate_SocketSecretValue.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 43},message:"must NOT have more than 43 characters"}];
return false;
}
else {
if(func_ucs2length(data) < 43){
validate_SocketSecretValue.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 43},message:"must NOT have fewer than 43 characters"}];
return false;
}
else {
if(!pattern_55f2a7873f.test(data)){
validate_SocketSecretValue.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_SocketSecretValue.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_SocketSecretValue.errors = vErrors;
return errors === 0;
}
validate_SocketSecretValue.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const StatusText = validate_StatusText;

function validate_StatusText(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_StatusText.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 2048){
validate_StatusText.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
}
else {
validate_StatusText.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_StatusText.errors = vErrors;
return errors === 0;
}
validate_StatusText.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const UserActivity = validate_UserActivity;

export const UserId = validate_UserId;

function validate_UserId(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_UserId.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(!(format_uuid.test(data))){
validate_UserId.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_UserId.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate_UserId.errors = vErrors;
return errors === 0;
}
validate_UserId.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const Username = validate_Username;

function validate_Username(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate_Username.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 32){
validate_Username.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data) < 3){
validate_Username.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern_b276ba0933.test(data)){
validate_Username.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_Username.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_Username.errors = vErrors;
return errors === 0;
}
validate_Username.evaluated = {"dynamicProps":false,"dynamicItems":false};

