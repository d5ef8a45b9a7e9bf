// generated from spec/asyncapi.yaml by `make generate` — do not edit
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const ActivityList = validate_ActivityList;
const schema_ActivityList = {"type":"object","additionalProperties":false,"required":["activities"],"properties":{"activities":{"type":"array","items":{"$ref":"#/definitions/UserActivity"}}},"examples":[{"activities":[{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada","state":"busy","since":"2026-11-22T10:00:00.000Z"}]}]};
const schema_UserActivity = {"type":"object","description":"One user's visible activity.","additionalProperties":false,"required":["userId","username","state"],"properties":{"userId":{"type":"string","format":"uuid"},"username":{"type":"string","minLength":3,"maxLength":32},"state":{"$ref":"#/definitions/ActivityState"},"game":{"$ref":"#/definitions/Game"},"status":{"$ref":"#/definitions/StatusText"},"since":{"type":"string","format":"date-time","description":"When this state began: when the activity was set or the user came online; for `offline`, when the\nuser was last visible (a user who hides looks like one who left). Absent when unknown (a user never\nseen online, or activities are disabled).\n"}},"examples":[{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada","state":"playing","game":{"id":"mindustry","name":"Mindustry"},"status":"Wave 30, send help","since":"2026-11-22T10:00:00.000Z"}]};
const schema_ActivityState = {"type":"string","description":"What a user is doing, as others see it. `offline` is also what everyone sees of a user with no\nconnection, of one who connected invisibly and set nothing yet, and of one who chose to appear offline.\n","enum":["online","busy","playing","away","offline"],"examples":["playing"]};
const schema_Game = {"type":"object","description":"The game a `playing` user plays.","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128,"examples":["mindustry"]},"name":{"type":"string","minLength":1,"maxLength":256,"examples":["Mindustry"]}}};
const schema_StatusText = {"type":"string","maxLength":2048,"description":"A free-text status line, as in Nakama (at most 2048 characters).","examples":["Wave 30, send help"]};
const format_uuid = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const format_date_time = require("ajv-formats/dist/formats").fullFormats["date-time"];
const func_ucs2length = require("ajv/dist/runtime/ucs2length").default;

function validate_UserActivity(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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


function validate_ActivityList(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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
if(!(validate_UserActivity(data0[i0], {instancePath:instancePath+"/activities/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
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

export const ActivityState = validate_ActivityState;

function validate_ActivityState(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const Author = validate_Author;
const schema_Author = {"type":"object","additionalProperties":false,"required":["userId","username"],"properties":{"userId":{"type":"string","format":"uuid"},"username":{"type":"string","minLength":3,"maxLength":32}}};

function validate_Author(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const CallerDetails = validate_CallerDetails;
const schema_CallerDetails = {"type":"object","additionalProperties":false,"required":["transport","userId","username","accountId","fingerprint","rooms","repositories","follows"],"properties":{"transport":{"type":"string","enum":["socket.io","ws","http"],"description":"How the action was called."},"connectionId":{"type":"string","minLength":1,"maxLength":64,"description":"The Socket.IO socket id or the `/ws` sid; absent over HTTP."},"userId":{"type":"string","format":"uuid"},"username":{"type":"string"},"accountId":{"type":"string","format":"uuid"},"connectedAt":{"type":"string","format":"date-time","description":"When the connection's handshake was accepted; absent over HTTP."},"fingerprint":{"type":"string","pattern":"^[0-9a-f]{16}$","description":"Names the web session the caller belongs to (actionhero's `connection.fingerprint`): the same for\nthe HTTP requests and the connections of one login, different for another login of the same user.\nNot a secret; it cannot be used to authenticate.\n"},"rooms":{"type":"array","maxItems":10000,"items":{"$ref":"#/definitions/RoomId"},"description":"The rooms this connection joined."},"repositories":{"type":"array","maxItems":10000,"items":{"type":"string"},"description":"The repositories whose changes this connection subscribed to."},"follows":{"type":"array","maxItems":10000,"items":{"type":"string","format":"uuid"},"description":"The users whose activity this connection follows."}}};
const schema_RoomId = {"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9_.:-]+$","description":"A room's name: letters, digits, `_`, `.`, `:` and `-`. Direct rooms are named `dm:<userId>:<userId>`\n(the two ids in order) and are opened with `open-direct`; no other room name may start with `dm:`.\nNames starting with `db-` are StaticBackend's database channels: they carry no messages (`FORBIDDEN`);\nsubscribe to a repository's changes with `subscribe-db`.\n","examples":["general"]};
const func_191f75b36e = Object.prototype.hasOwnProperty;
const pattern_d00fbc44d0 = new RegExp("^[0-9a-f]{16}$", "u");
const pattern_6ecde167cd = new RegExp("^[A-Za-z0-9_.:-]+$", "u");

function validate_CallerDetails(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.transport === undefined) && (missing0 = "transport")) || ((data.userId === undefined) && (missing0 = "userId"))) || ((data.username === undefined) && (missing0 = "username"))) || ((data.accountId === undefined) && (missing0 = "accountId"))) || ((data.fingerprint === undefined) && (missing0 = "fingerprint"))) || ((data.rooms === undefined) && (missing0 = "rooms"))) || ((data.repositories === undefined) && (missing0 = "repositories"))) || ((data.follows === undefined) && (missing0 = "follows"))){
validate_CallerDetails.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func_191f75b36e.call(schema_CallerDetails.properties, key0))){
validate_CallerDetails.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.transport !== undefined){
let data0 = data.transport;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate_CallerDetails.errors = [{instancePath:instancePath+"/transport",schemaPath:"#/properties/transport/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data0 === "socket.io") || (data0 === "ws")) || (data0 === "http"))){
validate_CallerDetails.errors = [{instancePath:instancePath+"/transport",schemaPath:"#/properties/transport/enum",keyword:"enum",params:{allowedValues: schema_CallerDetails.properties.transport.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.connectionId !== undefined){
let data1 = data.connectionId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 64){
validate_CallerDetails.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_CallerDetails.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_CallerDetails.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userId !== undefined){
let data2 = data.userId;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data2 === "string"){
if(!(format_uuid.test(data2))){
validate_CallerDetails.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_CallerDetails.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.username !== undefined){
const _errs8 = errors;
if(typeof data.username !== "string"){
validate_CallerDetails.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accountId !== undefined){
let data4 = data.accountId;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data4 === "string"){
if(!(format_uuid.test(data4))){
validate_CallerDetails.errors = [{instancePath:instancePath+"/accountId",schemaPath:"#/properties/accountId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_CallerDetails.errors = [{instancePath:instancePath+"/accountId",schemaPath:"#/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.connectedAt !== undefined){
let data5 = data.connectedAt;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data5 === "string"){
if(!(format_date_time.validate(data5))){
validate_CallerDetails.errors = [{instancePath:instancePath+"/connectedAt",schemaPath:"#/properties/connectedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_CallerDetails.errors = [{instancePath:instancePath+"/connectedAt",schemaPath:"#/properties/connectedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.fingerprint !== undefined){
let data6 = data.fingerprint;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data6 === "string"){
if(!pattern_d00fbc44d0.test(data6)){
validate_CallerDetails.errors = [{instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{16}$"},message:"must match pattern \""+"^[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate_CallerDetails.errors = [{instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rooms !== undefined){
let data7 = data.rooms;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data7)){
if(data7.length > 10000){
validate_CallerDetails.errors = [{instancePath:instancePath+"/rooms",schemaPath:"#/properties/rooms/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data8 === "string"){
if(func_ucs2length(data8) > 128){
validate_CallerDetails.errors = [{instancePath:instancePath+"/rooms/" + i0,schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data8) < 1){
validate_CallerDetails.errors = [{instancePath:instancePath+"/rooms/" + i0,schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data8)){
validate_CallerDetails.errors = [{instancePath:instancePath+"/rooms/" + i0,schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_CallerDetails.errors = [{instancePath:instancePath+"/rooms/" + i0,schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs18 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate_CallerDetails.errors = [{instancePath:instancePath+"/rooms",schemaPath:"#/properties/rooms/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.repositories !== undefined){
let data9 = data.repositories;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data9)){
if(data9.length > 10000){
validate_CallerDetails.errors = [{instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
const _errs23 = errors;
if(typeof data9[i1] !== "string"){
validate_CallerDetails.errors = [{instancePath:instancePath+"/repositories/" + i1,schemaPath:"#/properties/repositories/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs23 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate_CallerDetails.errors = [{instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.follows !== undefined){
let data11 = data.follows;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data11)){
if(data11.length > 10000){
validate_CallerDetails.errors = [{instancePath:instancePath+"/follows",schemaPath:"#/properties/follows/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid4 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
const _errs27 = errors;
if(errors === _errs27){
if(errors === _errs27){
if(typeof data12 === "string"){
if(!(format_uuid.test(data12))){
validate_CallerDetails.errors = [{instancePath:instancePath+"/follows/" + i2,schemaPath:"#/properties/follows/items/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_CallerDetails.errors = [{instancePath:instancePath+"/follows/" + i2,schemaPath:"#/properties/follows/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs27 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate_CallerDetails.errors = [{instancePath:instancePath+"/follows",schemaPath:"#/properties/follows/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs25 === errors;
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
}
}
else {
validate_CallerDetails.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_CallerDetails.errors = vErrors;
return errors === 0;
}

export const ChatMessage = validate_ChatMessage;
const schema_ChatMessage = {"type":"object","description":"A message as members receive it and as history keeps it. A deleted message keeps its place with `deletedAt` and no body.","additionalProperties":false,"required":["room","id","seq","author","createdAt"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"id":{"type":"string","format":"uuid"},"seq":{"$ref":"#/definitions/SeqNumber"},"author":{"$ref":"#/definitions/Author"},"body":{"$ref":"#/definitions/MessageBody"},"createdAt":{"type":"string","format":"date-time"},"editedAt":{"type":"string","format":"date-time"},"deletedAt":{"type":"string","format":"date-time"}},"examples":[{"room":"general","id":"4f1c9a52-8a0e-4a8b-9f59-6d2c1d0f7e11","seq":42,"author":{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada"},"body":{"text":"hello, room"},"createdAt":"2026-11-22T10:00:00.000Z"}]};
const schema_SeqNumber = {"type":"integer","minimum":0,"maximum":9007199254740991,"description":"A message's place in its room's history; 1, 2, 3… with no gaps.","examples":[42]};
const schema_MessageBody = {"type":"object","description":"Any JSON object, at most `MAX_MESSAGE_BYTES` (4 KiB by default) serialized.","additionalProperties":true,"examples":[{"text":"hello, room"}]};

function validate_ChatMessage(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const CloseReason = validate_CloseReason;
const schema_CloseReason = {"type":"string","description":"Why the server closes a connection (see the `closing` event).","enum":["logged-out","sessions-revoked","session-expired","secret-rotated","account-changed","replaced","shutting-down"]};

function validate_CloseReason(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate_CloseReason.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data === "logged-out") || (data === "sessions-revoked")) || (data === "session-expired")) || (data === "secret-rotated")) || (data === "account-changed")) || (data === "replaced")) || (data === "shutting-down"))){
validate_CloseReason.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema_CloseReason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate_CloseReason.errors = vErrors;
return errors === 0;
}

export const Closing = validate_Closing;
const schema_Closing = {"type":"object","additionalProperties":false,"required":["reason","message"],"properties":{"reason":{"$ref":"#/definitions/CloseReason"},"message":{"type":"string","minLength":1,"maxLength":1024,"description":"The reason, for people."}}};

function validate_Closing(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.reason === undefined) && (missing0 = "reason")) || ((data.message === undefined) && (missing0 = "message"))){
validate_Closing.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "reason") || (key0 === "message"))){
validate_Closing.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.reason !== undefined){
let data0 = data.reason;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate_Closing.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/definitions/CloseReason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data0 === "logged-out") || (data0 === "sessions-revoked")) || (data0 === "session-expired")) || (data0 === "secret-rotated")) || (data0 === "account-changed")) || (data0 === "replaced")) || (data0 === "shutting-down"))){
validate_Closing.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/definitions/CloseReason/enum",keyword:"enum",params:{allowedValues: schema_CloseReason.enum},message:"must be equal to one of the allowed values"}];
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
validate_Closing.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_Closing.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_Closing.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_Closing.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Closing.errors = vErrors;
return errors === 0;
}

export const ConnectionId = validate_ConnectionId;
const schema_ConnectionId = {"type":"string","minLength":1,"maxLength":64,"description":"A connection's id (the `connectionId` of its `welcome`).","examples":["Xq9r2LmPz7TtAAAC"]};

function validate_ConnectionId(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 64){
validate_ConnectionId.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data) < 1){
validate_ConnectionId.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_ConnectionId.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_ConnectionId.errors = vErrors;
return errors === 0;
}

export const CreateMatchRequest = validate_CreateMatchRequest;
const schema_CreateMatchRequest = {"type":"object","additionalProperties":false,"properties":{"maxSize":{"type":"integer","minimum":2,"maximum":1000,"description":"Members at most, up to the server's `MAX_MATCH_SIZE`; that is the default."}}};

function validate_CreateMatchRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "maxSize")){
validate_CreateMatchRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.maxSize !== undefined){
let data0 = data.maxSize;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate_CreateMatchRequest.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000 || isNaN(data0)){
validate_CreateMatchRequest.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data0 < 2 || isNaN(data0)){
validate_CreateMatchRequest.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"}];
return false;
}
}
}
}
}
}
}
else {
validate_CreateMatchRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_CreateMatchRequest.errors = vErrors;
return errors === 0;
}

export const CreatePartyRequest = validate_CreatePartyRequest;
const schema_CreatePartyRequest = {"type":"object","additionalProperties":false,"required":["open","maxSize"],"properties":{"open":{"type":"boolean","description":"`true`: anyone with the id joins at once; `false`: the leader accepts each request."},"maxSize":{"type":"integer","minimum":2,"maximum":256,"description":"Members at most, the leader included; no more than `MAX_PARTY_SIZE`."}}};

function validate_CreatePartyRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.open === undefined) && (missing0 = "open")) || ((data.maxSize === undefined) && (missing0 = "maxSize"))){
validate_CreatePartyRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "open") || (key0 === "maxSize"))){
validate_CreatePartyRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.open !== undefined){
const _errs2 = errors;
if(typeof data.open !== "boolean"){
validate_CreatePartyRequest.errors = [{instancePath:instancePath+"/open",schemaPath:"#/properties/open/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxSize !== undefined){
let data1 = data.maxSize;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_CreatePartyRequest.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 256 || isNaN(data1)){
validate_CreatePartyRequest.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256"}];
return false;
}
else {
if(data1 < 2 || isNaN(data1)){
validate_CreatePartyRequest.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"}];
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
}
}
}
}
else {
validate_CreatePartyRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_CreatePartyRequest.errors = vErrors;
return errors === 0;
}

export const CreateRoomRequest = validate_CreateRoomRequest;
const schema_CreateRoomRequest = {"type":"object","additionalProperties":false,"required":["room","kind"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"kind":{"type":"string","enum":["public","private"]},"hidden":{"type":"boolean","default":false,"description":"No `member-joined` / `member-left` events."},"persistent":{"type":"boolean","default":true,"description":"`false`: messages are relayed, not stored (no history, replay, edit or delete)."}},"examples":[{"room":"team-lobby","kind":"private","hidden":true}]};

function validate_CreateRoomRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.room === undefined) && (missing0 = "room")) || ((data.kind === undefined) && (missing0 = "kind"))){
validate_CreateRoomRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "room") || (key0 === "kind")) || (key0 === "hidden")) || (key0 === "persistent"))){
validate_CreateRoomRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_CreateRoomRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_CreateRoomRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_CreateRoomRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_CreateRoomRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_CreateRoomRequest.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data1 === "public") || (data1 === "private"))){
validate_CreateRoomRequest.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema_CreateRoomRequest.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hidden !== undefined){
const _errs7 = errors;
if(typeof data.hidden !== "boolean"){
validate_CreateRoomRequest.errors = [{instancePath:instancePath+"/hidden",schemaPath:"#/properties/hidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.persistent !== undefined){
const _errs9 = errors;
if(typeof data.persistent !== "boolean"){
validate_CreateRoomRequest.errors = [{instancePath:instancePath+"/persistent",schemaPath:"#/properties/persistent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
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
validate_CreateRoomRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_CreateRoomRequest.errors = vErrors;
return errors === 0;
}

export const DbChange = validate_DbChange;
const schema_DbChange = {"type":"object","description":"One committed change of a repository. Created and updated documents come whole; a deleted one as its id\nwith the owner and account it had, which is what decides who may know of it.\n","additionalProperties":false,"required":["type","repo","position","id","ownerId","accountId","at"],"properties":{"type":{"type":"string","enum":["created","updated","deleted"]},"repo":{"$ref":"#/definitions/RepoName"},"position":{"$ref":"#/definitions/Position"},"id":{"type":"string","format":"uuid"},"ownerId":{"type":"string","format":"uuid"},"accountId":{"type":"string","format":"uuid"},"at":{"type":"string","format":"date-time"},"document":{"$ref":"#/definitions/Document"}},"examples":[{"type":"deleted","repo":"tasks_760_","position":58,"id":"6d0f3c52-1b1e-4f3e-9a57-0c3f2d7e8a11","ownerId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","accountId":"2a7e4c1d-5b3f-4e8a-9c6d-1f0e2d3c4b5a","at":"2026-11-22T10:06:00.000Z"}]};
const schema_RepoName = {"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z][a-z0-9_]*$","description":"A repository: lower-case letters, digits and `_`, optionally ending with a permission suffix `_OGE_`, three\noctal digits for the document's owner, users of the owner's account, and everyone: read = 4, write = 2,\nexecute = 1 (reserved; it grants nothing yet). `tasks_760_`: the owner may do everything, their account\nread and write, everyone else nothing. Without a suffix a repository is `_740_`: owner everything,\naccount read, everyone nothing. Anyone signed in may create documents; they own them.\n","examples":["tasks_760_"]};
const schema_Position = {"type":"integer","minimum":0,"maximum":9007199254740991,"description":"A change's place in its repository's history of changes; 1, 2, 3… with no gaps.","examples":[57]};
const pattern_4ef1093ad1 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const schema_Document = {"type":"object","additionalProperties":false,"required":["id","repo","ownerId","accountId","position","createdAt","updatedAt","data"],"properties":{"id":{"type":"string","format":"uuid"},"repo":{"$ref":"#/definitions/RepoName"},"ownerId":{"type":"string","format":"uuid","description":"The user who created it."},"accountId":{"type":"string","format":"uuid","description":"The owner's account when it was created."},"position":{"$ref":"#/definitions/Position"},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"},"data":{"$ref":"#/definitions/DocumentData"}},"examples":[{"id":"6d0f3c52-1b1e-4f3e-9a57-0c3f2d7e8a11","repo":"tasks_760_","ownerId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","accountId":"2a7e4c1d-5b3f-4e8a-9c6d-1f0e2d3c4b5a","position":57,"createdAt":"2026-11-22T10:00:00.000Z","updatedAt":"2026-11-22T10:05:00.000Z","data":{"title":"Write the docs","done":false,"priority":2}}]};
const schema_DocumentData = {"type":"object","description":"Any JSON object, at most `MAX_DOCUMENT_BYTES` (16 KiB by default) serialized.","additionalProperties":true,"examples":[{"title":"Write the docs","done":false,"priority":2}]};

function validate_Document(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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


function validate_DbChange(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.type === undefined) && (missing0 = "type")) || ((data.repo === undefined) && (missing0 = "repo"))) || ((data.position === undefined) && (missing0 = "position"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.ownerId === undefined) && (missing0 = "ownerId"))) || ((data.accountId === undefined) && (missing0 = "accountId"))) || ((data.at === undefined) && (missing0 = "at"))){
validate_DbChange.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "repo")) || (key0 === "position")) || (key0 === "id")) || (key0 === "ownerId")) || (key0 === "accountId")) || (key0 === "at")) || (key0 === "document"))){
validate_DbChange.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate_DbChange.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data0 === "created") || (data0 === "updated")) || (data0 === "deleted"))){
validate_DbChange.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema_DbChange.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
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
validate_DbChange.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_DbChange.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data1)){
validate_DbChange.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
else {
validate_DbChange.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
let data2 = data.position;
const _errs7 = errors;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_DbChange.errors = [{instancePath:instancePath+"/position",schemaPath:"#/definitions/Position/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
validate_DbChange.errors = [{instancePath:instancePath+"/position",schemaPath:"#/definitions/Position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate_DbChange.errors = [{instancePath:instancePath+"/position",schemaPath:"#/definitions/Position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.id !== undefined){
let data3 = data.id;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data3 === "string"){
if(!(format_uuid.test(data3))){
validate_DbChange.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_DbChange.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.ownerId !== undefined){
let data4 = data.ownerId;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data4 === "string"){
if(!(format_uuid.test(data4))){
validate_DbChange.errors = [{instancePath:instancePath+"/ownerId",schemaPath:"#/properties/ownerId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_DbChange.errors = [{instancePath:instancePath+"/ownerId",schemaPath:"#/properties/ownerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.accountId !== undefined){
let data5 = data.accountId;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data5 === "string"){
if(!(format_uuid.test(data5))){
validate_DbChange.errors = [{instancePath:instancePath+"/accountId",schemaPath:"#/properties/accountId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_DbChange.errors = [{instancePath:instancePath+"/accountId",schemaPath:"#/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.at !== undefined){
let data6 = data.at;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data6 === "string"){
if(!(format_date_time.validate(data6))){
validate_DbChange.errors = [{instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_DbChange.errors = [{instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.document !== undefined){
const _errs18 = errors;
if(!(validate_Document(data.document, {instancePath:instancePath+"/document",parentData:data,parentDataProperty:"document",rootData}))){
vErrors = vErrors === null ? validate_Document.errors : vErrors.concat(validate_Document.errors);
errors = vErrors.length;
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
validate_DbChange.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_DbChange.errors = vErrors;
return errors === 0;
}

export const DbChangesPage = validate_DbChangesPage;
const schema_DbChangesPage = {"type":"object","additionalProperties":false,"required":["changes","hasMore"],"properties":{"changes":{"type":"array","items":{"$ref":"#/definitions/DbChange"}},"hasMore":{"type":"boolean"}}};

function validate_DbChangesPage(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.changes === undefined) && (missing0 = "changes")) || ((data.hasMore === undefined) && (missing0 = "hasMore"))){
validate_DbChangesPage.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "changes") || (key0 === "hasMore"))){
validate_DbChangesPage.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.changes !== undefined){
let data0 = data.changes;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate_DbChange(data0[i0], {instancePath:instancePath+"/changes/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate_DbChange.errors : vErrors.concat(validate_DbChange.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate_DbChangesPage.errors = [{instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate_DbChangesPage.errors = [{instancePath:instancePath+"/hasMore",schemaPath:"#/properties/hasMore/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate_DbChangesPage.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_DbChangesPage.errors = vErrors;
return errors === 0;
}

export const DbChangesRequest = validate_DbChangesRequest;
const schema_DbChangesRequest = {"type":"object","additionalProperties":false,"required":["repo","after"],"properties":{"repo":{"$ref":"#/definitions/RepoName"},"after":{"$ref":"#/definitions/Position"},"limit":{"type":"integer","minimum":1,"maximum":100,"default":100}}};

function validate_DbChangesRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.repo === undefined) && (missing0 = "repo")) || ((data.after === undefined) && (missing0 = "after"))){
validate_DbChangesRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "repo") || (key0 === "after")) || (key0 === "limit"))){
validate_DbChangesRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repo !== undefined){
let data0 = data.repo;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_DbChangesRequest.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_DbChangesRequest.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data0)){
validate_DbChangesRequest.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
else {
validate_DbChangesRequest.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
const _errs5 = errors;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_DbChangesRequest.errors = [{instancePath:instancePath+"/after",schemaPath:"#/definitions/Position/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
validate_DbChangesRequest.errors = [{instancePath:instancePath+"/after",schemaPath:"#/definitions/Position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate_DbChangesRequest.errors = [{instancePath:instancePath+"/after",schemaPath:"#/definitions/Position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(valid0){
if(data.limit !== undefined){
let data2 = data.limit;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_DbChangesRequest.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100 || isNaN(data2)){
validate_DbChangesRequest.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate_DbChangesRequest.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
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
validate_DbChangesRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_DbChangesRequest.errors = vErrors;
return errors === 0;
}

export const DeleteNotificationsRequest = validate_DeleteNotificationsRequest;
const schema_DeleteNotificationsRequest = {"type":"object","additionalProperties":false,"required":["ids"],"properties":{"ids":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"$ref":"#/definitions/NotificationId"}}},"examples":[{"ids":["9a7c2e4b-1d3f-4b6a-8c5e-0f2a4d6b8e10"]}]};
const schema_NotificationId = {"type":"string","format":"uuid","description":"A notification's id.","examples":["9a7c2e4b-1d3f-4b6a-8c5e-0f2a4d6b8e10"]};
const func_equal = require("ajv/dist/runtime/equal").default;

function validate_DeleteNotificationsRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.ids === undefined) && (missing0 = "ids")){
validate_DeleteNotificationsRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "ids")){
validate_DeleteNotificationsRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.ids !== undefined){
let data0 = data.ids;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 100){
validate_DeleteNotificationsRequest.errors = [{instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data0.length < 1){
validate_DeleteNotificationsRequest.errors = [{instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_DeleteNotificationsRequest.errors = [{instancePath:instancePath+"/ids/" + i0,schemaPath:"#/definitions/NotificationId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_DeleteNotificationsRequest.errors = [{instancePath:instancePath+"/ids/" + i0,schemaPath:"#/definitions/NotificationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func_equal(data0[i1], data0[j0])){
validate_DeleteNotificationsRequest.errors = [{instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate_DeleteNotificationsRequest.errors = [{instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate_DeleteNotificationsRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_DeleteNotificationsRequest.errors = vErrors;
return errors === 0;
}

export const DeletedNotifications = validate_DeletedNotifications;
const schema_DeletedNotifications = {"type":"object","additionalProperties":false,"required":["deleted"],"properties":{"deleted":{"type":"array","maxItems":100,"description":"The ids that were the user's stored notifications and are now deleted.","items":{"$ref":"#/definitions/NotificationId"}}},"examples":[{"deleted":["9a7c2e4b-1d3f-4b6a-8c5e-0f2a4d6b8e10"]}]};

function validate_DeletedNotifications(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.deleted === undefined) && (missing0 = "deleted")){
validate_DeletedNotifications.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "deleted")){
validate_DeletedNotifications.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.deleted !== undefined){
let data0 = data.deleted;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 100){
validate_DeletedNotifications.errors = [{instancePath:instancePath+"/deleted",schemaPath:"#/properties/deleted/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_DeletedNotifications.errors = [{instancePath:instancePath+"/deleted/" + i0,schemaPath:"#/definitions/NotificationId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_DeletedNotifications.errors = [{instancePath:instancePath+"/deleted/" + i0,schemaPath:"#/definitions/NotificationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
else {
validate_DeletedNotifications.errors = [{instancePath:instancePath+"/deleted",schemaPath:"#/properties/deleted/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate_DeletedNotifications.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_DeletedNotifications.errors = vErrors;
return errors === 0;
}

export const DetailsViewRequest = validate_DetailsViewRequest;
const schema_DetailsViewRequest = {"type":"object","additionalProperties":false,"description":"No parameters."};

function validate_DetailsViewRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
validate_DetailsViewRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
else {
validate_DetailsViewRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_DetailsViewRequest.errors = vErrors;
return errors === 0;
}

export const Document = validate_Document;

export const DocumentData = validate_DocumentData;

function validate_DocumentData(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const EchoReply = validate_EchoReply;
const schema_EchoReply = {"type":"object","additionalProperties":false,"required":["data"],"properties":{"data":{"type":"string","maxLength":4102,"examples":["echo: hello Switchboard"]}}};

function validate_EchoReply(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.data === undefined) && (missing0 = "data")){
validate_EchoReply.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "data")){
validate_EchoReply.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.data !== undefined){
let data0 = data.data;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 4102){
validate_EchoReply.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 4102},message:"must NOT have more than 4102 characters"}];
return false;
}
}
else {
validate_EchoReply.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate_EchoReply.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EchoReply.errors = vErrors;
return errors === 0;
}

export const EchoRequest = validate_EchoRequest;
const schema_EchoRequest = {"type":"object","additionalProperties":false,"required":["data"],"properties":{"data":{"type":"string","maxLength":4096,"description":"Any text, returned prefixed with `echo:`.","examples":["hello Switchboard"]}}};

function validate_EchoRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.data === undefined) && (missing0 = "data")){
validate_EchoRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "data")){
validate_EchoRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.data !== undefined){
let data0 = data.data;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 4096){
validate_EchoRequest.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
else {
validate_EchoRequest.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate_EchoRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EchoRequest.errors = vErrors;
return errors === 0;
}

export const EditMessageRequest = validate_EditMessageRequest;
const schema_EditMessageRequest = {"type":"object","additionalProperties":false,"required":["room","id","body"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"id":{"type":"string","format":"uuid"},"body":{"$ref":"#/definitions/MessageBody"}}};

function validate_EditMessageRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.room === undefined) && (missing0 = "room")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.body === undefined) && (missing0 = "body"))){
validate_EditMessageRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "room") || (key0 === "id")) || (key0 === "body"))){
validate_EditMessageRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_EditMessageRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_EditMessageRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_EditMessageRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_EditMessageRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_EditMessageRequest.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_EditMessageRequest.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.body !== undefined){
let data2 = data.body;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
validate_EditMessageRequest.errors = [{instancePath:instancePath+"/body",schemaPath:"#/definitions/MessageBody/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
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
}
else {
validate_EditMessageRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EditMessageRequest.errors = vErrors;
return errors === 0;
}

export const EmptyRequest = validate_EmptyRequest;
const schema_EmptyRequest = {"type":"object","description":"No parameters (Socket.IO events still carry one payload object).","additionalProperties":false};

function validate_EmptyRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
validate_EmptyRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
else {
validate_EmptyRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EmptyRequest.errors = vErrors;
return errors === 0;
}

export const EnvelopeAction = validate_EnvelopeAction;
const schema_EnvelopeAction = {"type":"object","description":"`channel`: the action's name; `data`: its parameters; `id`: a correlation id.","additionalProperties":false,"required":["sid","type","channel","id","token"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"action"},"channel":{"type":"string","minLength":1,"maxLength":64},"data":{"type":"object","description":"The action's parameters (absent or `null`: none, as `{}`)."},"id":{"$ref":"#/definitions/EnvelopeCorrelationId"},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"action","channel":"server-time","data":{},"id":"1","token":"unique socket token"}]};
const schema_EnvelopeCorrelationId = {"type":"string","minLength":1,"maxLength":64,"description":"Chosen by the client; the answer to the envelope carries it back."};

function validate_EnvelopeAction(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.channel === undefined) && (missing0 = "channel"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.token === undefined) && (missing0 = "token"))){
validate_EnvelopeAction.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "sid") || (key0 === "type")) || (key0 === "channel")) || (key0 === "data")) || (key0 === "id")) || (key0 === "token"))){
validate_EnvelopeAction.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("action" !== data.type){
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "action"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data2 = data.channel;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 64){
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data2) < 1){
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data3 = data.data;
const _errs7 = errors;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data4 = data.id;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 64){
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/EnvelopeCorrelationId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data4) < 1){
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/EnvelopeCorrelationId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/EnvelopeCorrelationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data5 = data.token;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func_ucs2length(data5) > 128){
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeAction.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
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
}
else {
validate_EnvelopeAction.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeAction.errors = vErrors;
return errors === 0;
}

export const EnvelopeActivity = validate_EnvelopeActivity;
const schema_EnvelopeActivity = {"type":"object","description":"`data`: the `UserActivity` as JSON text.","additionalProperties":false,"required":["sid","type","data"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"activity"},"data":{"type":"string"},"channel":{"type":"string","maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"activity","data":"{\"userId\":\"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77\",\"username\":\"ada\",\"state\":\"busy\"}"}]};

function validate_EnvelopeActivity(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_EnvelopeActivity.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeActivity.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeActivity.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeActivity.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("activity" !== data.type){
validate_EnvelopeActivity.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "activity"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs5 = errors;
if(typeof data.data !== "string"){
validate_EnvelopeActivity.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeActivity.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeActivity.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeActivity.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeActivity.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeActivity.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeActivity.errors = vErrors;
return errors === 0;
}

export const EnvelopeAuth = validate_EnvelopeAuth;
const schema_EnvelopeAuth = {"type":"object","description":"`data`: a session token.","additionalProperties":false,"required":["sid","type","data"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"auth"},"data":{"type":"string","maxLength":256},"channel":{"type":["string","null"],"maxLength":128},"token":{"type":["string","null"],"maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"auth","data":"Zk1uY2lQd3Q3bVZ4b0h5dE1xR2ZsN2p0U2J1eE5hU0c"}]};

function validate_EnvelopeAuth(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_EnvelopeAuth.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeAuth.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeAuth.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeAuth.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("auth" !== data.type){
validate_EnvelopeAuth.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "auth"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 256){
validate_EnvelopeAuth.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
else {
validate_EnvelopeAuth.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate_EnvelopeAuth.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: schema_EnvelopeAuth.properties.channel.type},message:"must be string,null"}];
return false;
}
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeAuth.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
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
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate_EnvelopeAuth.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: schema_EnvelopeAuth.properties.token.type},message:"must be string,null"}];
return false;
}
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeAuth.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
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
}
else {
validate_EnvelopeAuth.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeAuth.errors = vErrors;
return errors === 0;
}

export const EnvelopeChanIn = validate_EnvelopeChanIn;
const schema_EnvelopeChanIn = {"type":"object","description":"`data`: the message (often JSON text); `channel`: the room.","additionalProperties":false,"required":["sid","type","data","channel","token"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"chan_in"},"data":{"type":"string","maxLength":65536},"channel":{"$ref":"#/definitions/RoomId"},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"chan_in","data":"the message here","channel":"general","token":"unique socket token"}]};

function validate_EnvelopeChanIn(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))) || ((data.channel === undefined) && (missing0 = "channel"))) || ((data.token === undefined) && (missing0 = "token"))){
validate_EnvelopeChanIn.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeChanIn.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeChanIn.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeChanIn.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("chan_in" !== data.type){
validate_EnvelopeChanIn.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "chan_in"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 65536){
validate_EnvelopeChanIn.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters"}];
return false;
}
}
else {
validate_EnvelopeChanIn.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeChanIn.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 1){
validate_EnvelopeChanIn.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data3)){
validate_EnvelopeChanIn.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_EnvelopeChanIn.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data4 = data.token;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeChanIn.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeChanIn.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeChanIn.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeChanIn.errors = vErrors;
return errors === 0;
}

export const EnvelopeChanOut = validate_EnvelopeChanOut;
const schema_EnvelopeChanOut = {"type":"object","description":"`data`: the message as sent by a raw client, or the body of a Socket.IO client’s message as JSON text.","additionalProperties":false,"required":["sid","type","data","channel"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"chan_out"},"data":{"type":"string"},"channel":{"type":"string","maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"chan_out","data":"the message here","channel":"general"}]};

function validate_EnvelopeChanOut(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))) || ((data.channel === undefined) && (missing0 = "channel"))){
validate_EnvelopeChanOut.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeChanOut.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeChanOut.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeChanOut.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("chan_out" !== data.type){
validate_EnvelopeChanOut.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "chan_out"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs5 = errors;
if(typeof data.data !== "string"){
validate_EnvelopeChanOut.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeChanOut.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeChanOut.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeChanOut.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeChanOut.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeChanOut.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeChanOut.errors = vErrors;
return errors === 0;
}

export const EnvelopeCorrelationId = validate_EnvelopeCorrelationId;

function validate_EnvelopeCorrelationId(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 64){
validate_EnvelopeCorrelationId.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data) < 1){
validate_EnvelopeCorrelationId.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_EnvelopeCorrelationId.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_EnvelopeCorrelationId.errors = vErrors;
return errors === 0;
}

export const EnvelopeDbEvent = validate_EnvelopeDbEvent;
const schema_EnvelopeDbEvent = {"type":"object","description":"`data`: the `DbChange` as JSON text; `channel`: `db-<repo>`.","additionalProperties":false,"required":["sid","type","data","channel"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"type":"string","enum":["db_created","db_updated","db_deleted"]},"data":{"type":"string"},"channel":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"db_deleted","channel":"db-tasks_760_","data":"{\"type\":\"deleted\",\"repo\":\"tasks_760_\",\"position\":58,\"id\":\"6d0f3c52-1b1e-4f3e-9a57-0c3f2d7e8a11\",\"ownerId\":\"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77\",\"accountId\":\"2a7e4c1d-5b3f-4e8a-9c6d-1f0e2d3c4b5a\",\"at\":\"2026-11-22T10:06:00.000Z\"}"}]};

function validate_EnvelopeDbEvent(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))) || ((data.channel === undefined) && (missing0 = "channel"))){
validate_EnvelopeDbEvent.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel"))){
validate_EnvelopeDbEvent.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeDbEvent.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeDbEvent.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data1 = data.type;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate_EnvelopeDbEvent.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "db_created") || (data1 === "db_updated")) || (data1 === "db_deleted"))){
validate_EnvelopeDbEvent.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema_EnvelopeDbEvent.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs6 = errors;
if(typeof data.data !== "string"){
validate_EnvelopeDbEvent.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeDbEvent.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeDbEvent.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_EnvelopeDbEvent.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeDbEvent.errors = vErrors;
return errors === 0;
}

export const EnvelopeEcho = validate_EnvelopeEcho;
const schema_EnvelopeEcho = {"type":"object","description":"Echo request.","additionalProperties":false,"required":["sid","type","data"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"echo"},"data":{"type":"string","maxLength":4096},"channel":{"type":["string","null"],"maxLength":128},"token":{"type":["string","null"],"maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"echo","data":"hello Switchboard"}]};

function validate_EnvelopeEcho(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_EnvelopeEcho.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeEcho.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeEcho.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeEcho.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("echo" !== data.type){
validate_EnvelopeEcho.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "echo"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 4096){
validate_EnvelopeEcho.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
}
else {
validate_EnvelopeEcho.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate_EnvelopeEcho.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: schema_EnvelopeEcho.properties.channel.type},message:"must be string,null"}];
return false;
}
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeEcho.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
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
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate_EnvelopeEcho.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: schema_EnvelopeEcho.properties.token.type},message:"must be string,null"}];
return false;
}
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeEcho.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
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
}
else {
validate_EnvelopeEcho.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeEcho.errors = vErrors;
return errors === 0;
}

export const EnvelopeEchoReply = validate_EnvelopeEchoReply;
const schema_EnvelopeEchoReply = {"type":"object","description":"`echo: <data>`.","additionalProperties":false,"required":["sid","type","data"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"echo"},"data":{"type":"string","maxLength":4102},"channel":{"type":"string","maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"echo","data":"echo: hello Switchboard"}]};

function validate_EnvelopeEchoReply(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_EnvelopeEchoReply.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeEchoReply.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeEchoReply.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeEchoReply.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("echo" !== data.type){
validate_EnvelopeEchoReply.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "echo"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 4102){
validate_EnvelopeEchoReply.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 4102},message:"must NOT have more than 4102 characters"}];
return false;
}
}
else {
validate_EnvelopeEchoReply.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeEchoReply.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeEchoReply.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeEchoReply.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeEchoReply.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeEchoReply.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeEchoReply.errors = vErrors;
return errors === 0;
}

export const EnvelopeError = validate_EnvelopeError;
const schema_EnvelopeError = {"type":"object","description":"`data`: what is wrong, for people (`invalid token` for a bad token, as StaticBackend); `code` and `field` as in `Error`.","additionalProperties":false,"required":["sid","type","data","code"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"error"},"data":{"type":"string","maxLength":1024},"code":{"$ref":"#/definitions/ErrorCode"},"field":{"type":"string","maxLength":512},"channel":{"type":"string","maxLength":128},"id":{"$ref":"#/definitions/EnvelopeCorrelationId"},"retryAfterSeconds":{"type":"integer","minimum":1,"maximum":86400,"description":"With `RATE_LIMITED` and `UNAVAILABLE`, how long to wait before trying again."}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"error","data":"invalid token","code":"UNAUTHENTICATED","field":"token"},{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"error","data":"too many messages from this connection","code":"RATE_LIMITED","field":"","channel":"lobby","retryAfterSeconds":4}]};
const schema_ErrorCode = {"type":"string","description":"What went wrong, as a small closed set (the HTTP status each code maps to is in brackets).\n- `BAD_INPUT` [400]: the payload, body, path or query does not match the schema; `field` names the first offending field.\n- `MALFORMED` [400]: the body is not parseable JSON.\n- `UNKNOWN_EVENT` [400]: a Socket.IO event that this API does not define.\n- `ACK_REQUIRED` [400]: the operation answers with an acknowledgement but the client sent none.\n- `ACK_NOT_ALLOWED` [400]: the operation has no acknowledgement but the client asked for one.\n- `UNAUTHENTICATED` [401]: a missing, malformed, unknown or expired session token or socket secret, or wrong login credentials.\n- `FORBIDDEN` [403]: authenticated, but not allowed to do this.\n- `ACTIVITIES_DISABLED` [403]: the server owner switched activities off (`SERVER_ONLINE_ACTIVITIES_DISABLED`).\n- `NOT_FOUND` [404]: no such resource or route.\n- `METHOD_NOT_ALLOWED` [405]: the route exists but not with this HTTP method.\n- `CONFLICT` [409]: the request conflicts with existing state (a username or room name that is taken).\n- `NOT_MEMBER` [409]: leaving, or acting in, a room the user is not a member of.\n- `LIMIT_REACHED` [409]: a configured bound is reached (rooms per connection, members per room); the message names it.\n- `PAYLOAD_TOO_LARGE` [413]: the frame or body is larger than the configured limit.\n- `RATE_LIMITED` [429]: too many requests of this kind from this client; `retryAfterSeconds` says when to try again.\n- `CONNECTION_LIMIT` [429]: a connection cap is reached (the server's, the user's or the account plan's); the message names it.\n- `UNSUPPORTED_MEDIA_TYPE` [415]: a body that is not `application/json`.\n- `INTERNAL` [500]: the server failed; the details are in its log, never in the reply.\n- `NOT_IMPLEMENTED` [501]: the operation is in the spec but has no implementation yet.\n- `UNAVAILABLE` [503]: the database does not answer, or the server is too busy to take this request now; retry later.\n- `TIMEOUT` [504]: an action ran past `ACTION_TIMEOUT_MS`; what it did before is not undone.\n","enum":["BAD_INPUT","MALFORMED","UNKNOWN_EVENT","ACK_REQUIRED","ACK_NOT_ALLOWED","UNAUTHENTICATED","FORBIDDEN","ACTIVITIES_DISABLED","NOT_FOUND","METHOD_NOT_ALLOWED","CONFLICT","NOT_MEMBER","LIMIT_REACHED","PAYLOAD_TOO_LARGE","UNSUPPORTED_MEDIA_TYPE","RATE_LIMITED","CONNECTION_LIMIT","INTERNAL","NOT_IMPLEMENTED","UNAVAILABLE","TIMEOUT"],"examples":["BAD_INPUT"]};

function validate_EnvelopeError(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))) || ((data.code === undefined) && (missing0 = "code"))){
validate_EnvelopeError.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "code")) || (key0 === "field")) || (key0 === "channel")) || (key0 === "id")) || (key0 === "retryAfterSeconds"))){
validate_EnvelopeError.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeError.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("error" !== data.type){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 1024){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
}
else {
validate_EnvelopeError.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
let data3 = data.code;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/code",schemaPath:"#/definitions/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((((((((((((data3 === "BAD_INPUT") || (data3 === "MALFORMED")) || (data3 === "UNKNOWN_EVENT")) || (data3 === "ACK_REQUIRED")) || (data3 === "ACK_NOT_ALLOWED")) || (data3 === "UNAUTHENTICATED")) || (data3 === "FORBIDDEN")) || (data3 === "ACTIVITIES_DISABLED")) || (data3 === "NOT_FOUND")) || (data3 === "METHOD_NOT_ALLOWED")) || (data3 === "CONFLICT")) || (data3 === "NOT_MEMBER")) || (data3 === "LIMIT_REACHED")) || (data3 === "PAYLOAD_TOO_LARGE")) || (data3 === "UNSUPPORTED_MEDIA_TYPE")) || (data3 === "RATE_LIMITED")) || (data3 === "CONNECTION_LIMIT")) || (data3 === "INTERNAL")) || (data3 === "NOT_IMPLEMENTED")) || (data3 === "UNAVAILABLE")) || (data3 === "TIMEOUT"))){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/code",schemaPath:"#/definitions/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema_ErrorCode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.field !== undefined){
let data4 = data.field;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 512){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/field",schemaPath:"#/properties/field/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
}
else {
validate_EnvelopeError.errors = [{instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data5 = data.channel;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func_ucs2length(data5) > 128){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeError.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data6 = data.id;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(func_ucs2length(data6) > 64){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/EnvelopeCorrelationId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data6) < 1){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/EnvelopeCorrelationId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_EnvelopeError.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/EnvelopeCorrelationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retryAfterSeconds !== undefined){
let data7 = data.retryAfterSeconds;
const _errs17 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/retryAfterSeconds",schemaPath:"#/properties/retryAfterSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 86400 || isNaN(data7)){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/retryAfterSeconds",schemaPath:"#/properties/retryAfterSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400"}];
return false;
}
else {
if(data7 < 1 || isNaN(data7)){
validate_EnvelopeError.errors = [{instancePath:instancePath+"/retryAfterSeconds",schemaPath:"#/properties/retryAfterSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs17 === errors;
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
validate_EnvelopeError.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeError.errors = vErrors;
return errors === 0;
}

export const EnvelopeInit = validate_EnvelopeInit;
const schema_EnvelopeInit = {"type":"object","description":"`data`: this connection’s sid (`sid` itself is empty).","additionalProperties":false,"required":["sid","type","data"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"init"},"data":{"type":"string","maxLength":64},"channel":{"type":"string","maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"","type":"init","data":"7eea6625-54c1-11eb-8296-d6c19976ae8a"}]};

function validate_EnvelopeInit(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_EnvelopeInit.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeInit.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeInit.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeInit.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("init" !== data.type){
validate_EnvelopeInit.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "init"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 64){
validate_EnvelopeInit.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeInit.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeInit.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeInit.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeInit.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeInit.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeInit.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeInit.errors = vErrors;
return errors === 0;
}

export const EnvelopeJoin = validate_EnvelopeJoin;
const schema_EnvelopeJoin = {"type":"object","description":"`data`: a chat room, or `db-<repo>`.","additionalProperties":false,"required":["sid","type","data","token"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"join"},"data":{"$ref":"#/definitions/RoomId"},"channel":{"type":["string","null"],"maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"join","data":"general","token":"unique socket token"}]};

function validate_EnvelopeJoin(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))) || ((data.token === undefined) && (missing0 = "token"))){
validate_EnvelopeJoin.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeJoin.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeJoin.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeJoin.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("join" !== data.type){
validate_EnvelopeJoin.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "join"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 128){
validate_EnvelopeJoin.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data2) < 1){
validate_EnvelopeJoin.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data2)){
validate_EnvelopeJoin.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_EnvelopeJoin.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate_EnvelopeJoin.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: schema_EnvelopeJoin.properties.channel.type},message:"must be string,null"}];
return false;
}
if(errors === _errs8){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeJoin.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
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
if(data.token !== undefined){
let data4 = data.token;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeJoin.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeJoin.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeJoin.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeJoin.errors = vErrors;
return errors === 0;
}

export const EnvelopeJoined = validate_EnvelopeJoined;
const schema_EnvelopeJoined = {"type":"object","description":"`data`: the channel joined.","additionalProperties":false,"required":["sid","type","data"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"joined"},"data":{"type":"string","maxLength":128},"channel":{"type":"string","maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"joined","data":"general"}]};

function validate_EnvelopeJoined(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_EnvelopeJoined.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeJoined.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeJoined.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeJoined.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("joined" !== data.type){
validate_EnvelopeJoined.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "joined"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 128){
validate_EnvelopeJoined.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeJoined.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeJoined.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeJoined.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeJoined.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeJoined.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeJoined.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeJoined.errors = vErrors;
return errors === 0;
}

export const EnvelopeLeave = validate_EnvelopeLeave;
const schema_EnvelopeLeave = {"type":"object","description":"`data`: a chat room, or `db-<repo>`.","additionalProperties":false,"required":["sid","type","data","token"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"leave"},"data":{"$ref":"#/definitions/RoomId"},"channel":{"type":["string","null"],"maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"leave","data":"general","token":"unique socket token"}]};

function validate_EnvelopeLeave(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))) || ((data.token === undefined) && (missing0 = "token"))){
validate_EnvelopeLeave.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeLeave.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeLeave.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeLeave.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("leave" !== data.type){
validate_EnvelopeLeave.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "leave"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 128){
validate_EnvelopeLeave.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data2) < 1){
validate_EnvelopeLeave.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data2)){
validate_EnvelopeLeave.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_EnvelopeLeave.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate_EnvelopeLeave.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: schema_EnvelopeLeave.properties.channel.type},message:"must be string,null"}];
return false;
}
if(errors === _errs8){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeLeave.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
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
if(data.token !== undefined){
let data4 = data.token;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeLeave.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeLeave.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeLeave.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeLeave.errors = vErrors;
return errors === 0;
}

export const EnvelopeLeft = validate_EnvelopeLeft;
const schema_EnvelopeLeft = {"type":"object","description":"`data`: the channel left.","additionalProperties":false,"required":["sid","type","data"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"left"},"data":{"type":"string","maxLength":128},"channel":{"type":"string","maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"left","data":"general"}]};

function validate_EnvelopeLeft(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_EnvelopeLeft.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeLeft.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeLeft.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeLeft.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("left" !== data.type){
validate_EnvelopeLeft.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "left"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 128){
validate_EnvelopeLeft.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeLeft.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeLeft.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeLeft.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeLeft.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeLeft.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeLeft.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeLeft.errors = vErrors;
return errors === 0;
}

export const EnvelopeOk = validate_EnvelopeOk;
const schema_EnvelopeOk = {"type":"object","description":"`data`: `{\"id\",\"seq\"}` of the stored message, as JSON text.","additionalProperties":false,"required":["sid","type","data"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"ok"},"data":{"type":"string","maxLength":256},"channel":{"type":"string","maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"ok","data":"{\"id\":\"4f1c9a52-8a0e-4a8b-9f59-6d2c1d0f7e11\",\"seq\":42}","channel":"general"}]};

function validate_EnvelopeOk(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_EnvelopeOk.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeOk.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeOk.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeOk.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("ok" !== data.type){
validate_EnvelopeOk.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 256){
validate_EnvelopeOk.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
else {
validate_EnvelopeOk.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeOk.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeOk.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeOk.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeOk.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeOk.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeOk.errors = vErrors;
return errors === 0;
}

export const EnvelopePresence = validate_EnvelopePresence;
const schema_EnvelopePresence = {"type":"object","description":"`data`: a chat room.","additionalProperties":false,"required":["sid","type","data","token"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"presence"},"data":{"$ref":"#/definitions/RoomId"},"channel":{"type":["string","null"],"maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"presence","data":"general","token":"unique socket token"}]};

function validate_EnvelopePresence(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))) || ((data.token === undefined) && (missing0 = "token"))){
validate_EnvelopePresence.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopePresence.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopePresence.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopePresence.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("presence" !== data.type){
validate_EnvelopePresence.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "presence"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 128){
validate_EnvelopePresence.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data2) < 1){
validate_EnvelopePresence.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data2)){
validate_EnvelopePresence.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_EnvelopePresence.errors = [{instancePath:instancePath+"/data",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate_EnvelopePresence.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: schema_EnvelopePresence.properties.channel.type},message:"must be string,null"}];
return false;
}
if(errors === _errs8){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopePresence.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
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
if(data.token !== undefined){
let data4 = data.token;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopePresence.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopePresence.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopePresence.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopePresence.errors = vErrors;
return errors === 0;
}

export const EnvelopePresenceCount = validate_EnvelopePresenceCount;
const schema_EnvelopePresenceCount = {"type":"object","description":"`data`: the member count.","additionalProperties":false,"required":["sid","type","data","channel"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"presence"},"data":{"type":"string","maxLength":16},"channel":{"type":"string","maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"presence","data":"3","channel":"general"}]};

function validate_EnvelopePresenceCount(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))) || ((data.channel === undefined) && (missing0 = "channel"))){
validate_EnvelopePresenceCount.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopePresenceCount.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopePresenceCount.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopePresenceCount.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("presence" !== data.type){
validate_EnvelopePresenceCount.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "presence"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 16){
validate_EnvelopePresenceCount.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 16},message:"must NOT have more than 16 characters"}];
return false;
}
}
else {
validate_EnvelopePresenceCount.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopePresenceCount.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopePresenceCount.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopePresenceCount.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopePresenceCount.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopePresenceCount.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopePresenceCount.errors = vErrors;
return errors === 0;
}

export const EnvelopeResult = validate_EnvelopeResult;
const schema_EnvelopeResult = {"type":"object","description":"`data`: the action's reply, as its reply schema in channel `actions` says; `id`: the request's.","additionalProperties":false,"required":["sid","type","channel","id","data"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"result"},"channel":{"type":"string","maxLength":64},"id":{"$ref":"#/definitions/EnvelopeCorrelationId"},"data":{"type":"object"}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"result","channel":"server-time","id":"1","data":{"now":"2026-12-01T09:00:00.000Z","epochMs":1796115600000,"uptimeSeconds":3600.5}}]};

function validate_EnvelopeResult(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.channel === undefined) && (missing0 = "channel"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_EnvelopeResult.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "channel")) || (key0 === "id")) || (key0 === "data"))){
validate_EnvelopeResult.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeResult.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeResult.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("result" !== data.type){
validate_EnvelopeResult.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "result"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data2 = data.channel;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 64){
validate_EnvelopeResult.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeResult.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data3 = data.id;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 64){
validate_EnvelopeResult.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/EnvelopeCorrelationId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 1){
validate_EnvelopeResult.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/EnvelopeCorrelationId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_EnvelopeResult.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/EnvelopeCorrelationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data4 = data.data;
const _errs10 = errors;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
validate_EnvelopeResult.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
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
}
else {
validate_EnvelopeResult.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeResult.errors = vErrors;
return errors === 0;
}

export const EnvelopeServerShutdown = validate_EnvelopeServerShutdown;
const schema_EnvelopeServerShutdown = {"type":"object","description":"`data`: the `ServerShutdown` as JSON text.","additionalProperties":false,"required":["sid","type","data"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"server-shutdown"},"data":{"type":"string","maxLength":2048},"channel":{"type":"string","maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"server-shutdown","data":"{\"message\":\"the server is shutting down; reconnect after reconnectAfterMs\",\"closeBy\":\"2026-12-01T12:00:10.000Z\",\"reconnectAfterMs\":2350}"}]};

function validate_EnvelopeServerShutdown(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_EnvelopeServerShutdown.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeServerShutdown.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeServerShutdown.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeServerShutdown.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("server-shutdown" !== data.type){
validate_EnvelopeServerShutdown.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "server-shutdown"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 2048){
validate_EnvelopeServerShutdown.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
}
else {
validate_EnvelopeServerShutdown.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeServerShutdown.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeServerShutdown.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeServerShutdown.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeServerShutdown.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeServerShutdown.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeServerShutdown.errors = vErrors;
return errors === 0;
}

export const EnvelopeToken = validate_EnvelopeToken;
const schema_EnvelopeToken = {"type":"object","description":"`data`: the socket token.","additionalProperties":false,"required":["sid","type","data"],"properties":{"sid":{"type":"string","maxLength":64},"type":{"const":"token"},"data":{"type":"string","maxLength":128},"channel":{"type":"string","maxLength":128},"token":{"type":"string","maxLength":128}},"examples":[{"sid":"7eea6625-54c1-11eb-8296-d6c19976ae8a","type":"token","data":"unique socket token"}]};

function validate_EnvelopeToken(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sid === undefined) && (missing0 = "sid")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.data === undefined) && (missing0 = "data"))){
validate_EnvelopeToken.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "sid") || (key0 === "type")) || (key0 === "data")) || (key0 === "channel")) || (key0 === "token"))){
validate_EnvelopeToken.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sid !== undefined){
let data0 = data.sid;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_EnvelopeToken.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate_EnvelopeToken.errors = [{instancePath:instancePath+"/sid",schemaPath:"#/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs4 = errors;
if("token" !== data.type){
validate_EnvelopeToken.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "token"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 128){
validate_EnvelopeToken.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeToken.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channel !== undefined){
let data3 = data.channel;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 128){
validate_EnvelopeToken.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeToken.errors = [{instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data4 = data.token;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_EnvelopeToken.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate_EnvelopeToken.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate_EnvelopeToken.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_EnvelopeToken.errors = vErrors;
return errors === 0;
}

export const Error = validate_Error;
const schema_Error = {"type":"object","description":"A machine-readable code, a human-readable message and, for input errors, the field at fault.","additionalProperties":false,"required":["code","message"],"properties":{"code":{"$ref":"#/definitions/ErrorCode"},"message":{"type":"string","minLength":1,"maxLength":1024,"description":"What went wrong, for people. Never contains a stack trace or internal detail.","examples":["username must NOT have fewer than 3 characters"]},"field":{"type":"string","maxLength":512,"description":"Where the problem is. Over Socket.IO, a dotted path into the event's payload (`data`, `items.2.name`);\nover HTTP, the same path prefixed with where it is: `body.username`, `query.limit`, `path.id`, `header.authorization`.\nEmpty for the payload as a whole.\n","examples":["username"]},"retryAfterSeconds":{"type":"integer","minimum":1,"maximum":86400,"description":"With `RATE_LIMITED` and `UNAVAILABLE`, how long to wait before trying again (HTTP also sends `Retry-After`).","examples":[2]},"requestId":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9._:+/=-]+$","description":"Over HTTP, the id of the request that failed: the same as the response's `X-Request-Id` header, and on\nevery line the server logged about the request. Quote it when reporting a problem. Absent over the\nrealtime transports.\n","examples":["6f1c2b9e-0d4a-4a57-9b1e-3c8f5d2a7e10"]}},"examples":[{"code":"BAD_INPUT","message":"username must NOT have fewer than 3 characters","field":"username"}]};
const pattern_3a8d546a5d = new RegExp("^[A-Za-z0-9._:+/=-]+$", "u");

function validate_Error(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const ErrorCode = validate_ErrorCode;

function validate_ErrorCode(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const ErrorReply = validate_ErrorReply;
const schema_ErrorReply = {"type":"object","description":"The answer to a request that failed, over every transport.","additionalProperties":false,"required":["error"],"properties":{"error":{"$ref":"#/definitions/Error"}},"examples":[{"error":{"code":"UNAUTHENTICATED","message":"the session token is missing, unknown or expired","field":"header.authorization"}}]};

function validate_ErrorReply(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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
if(!(validate_Error(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
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

export const FileRequest = validate_FileRequest;
const schema_FileRequest = {"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1,"maxLength":1024,"description":"A path relative to the public folder, with `/` between segments."}}};

function validate_FileRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.path === undefined) && (missing0 = "path")){
validate_FileRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "path")){
validate_FileRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
let data0 = data.path;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 1024){
validate_FileRequest.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_FileRequest.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_FileRequest.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate_FileRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_FileRequest.errors = vErrors;
return errors === 0;
}

export const FollowReply = validate_FollowReply;
const schema_FollowReply = {"type":"object","additionalProperties":false,"required":["activities","notFound","following"],"properties":{"activities":{"type":"array","description":"The current activity of every user found.","items":{"$ref":"#/definitions/UserActivity"}},"notFound":{"type":"array","description":"The requested ids and usernames that match no user.","items":{"type":"string"}},"following":{"type":"integer","minimum":0,"description":"How many users this connection follows now."}}};

function validate_FollowReply(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.activities === undefined) && (missing0 = "activities")) || ((data.notFound === undefined) && (missing0 = "notFound"))) || ((data.following === undefined) && (missing0 = "following"))){
validate_FollowReply.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "activities") || (key0 === "notFound")) || (key0 === "following"))){
validate_FollowReply.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
if(!(validate_UserActivity(data0[i0], {instancePath:instancePath+"/activities/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
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
validate_FollowReply.errors = [{instancePath:instancePath+"/activities",schemaPath:"#/properties/activities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notFound !== undefined){
let data2 = data.notFound;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid2 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
const _errs7 = errors;
if(typeof data2[i1] !== "string"){
validate_FollowReply.errors = [{instancePath:instancePath+"/notFound/" + i1,schemaPath:"#/properties/notFound/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate_FollowReply.errors = [{instancePath:instancePath+"/notFound",schemaPath:"#/properties/notFound/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.following !== undefined){
let data4 = data.following;
const _errs9 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate_FollowReply.errors = [{instancePath:instancePath+"/following",schemaPath:"#/properties/following/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate_FollowReply.errors = [{instancePath:instancePath+"/following",schemaPath:"#/properties/following/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
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
else {
validate_FollowReply.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_FollowReply.errors = vErrors;
return errors === 0;
}

export const FollowRequest = validate_FollowRequest;
const schema_FollowRequest = {"type":"object","description":"At least one user, by id or username; at most 100 of each per request.","additionalProperties":false,"minProperties":1,"properties":{"userIds":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"type":"string","format":"uuid"}},"usernames":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":32}}}};

function validate_FollowRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
validate_FollowRequest.errors = [{instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "userIds") || (key0 === "usernames"))){
validate_FollowRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.userIds !== undefined){
let data0 = data.userIds;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 100){
validate_FollowRequest.errors = [{instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data0.length < 1){
validate_FollowRequest.errors = [{instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_FollowRequest.errors = [{instancePath:instancePath+"/userIds/" + i0,schemaPath:"#/properties/userIds/items/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_FollowRequest.errors = [{instancePath:instancePath+"/userIds/" + i0,schemaPath:"#/properties/userIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate_FollowRequest.errors = [{instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate_FollowRequest.errors = [{instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.usernames !== undefined){
let data2 = data.usernames;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 100){
validate_FollowRequest.errors = [{instancePath:instancePath+"/usernames",schemaPath:"#/properties/usernames/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate_FollowRequest.errors = [{instancePath:instancePath+"/usernames",schemaPath:"#/properties/usernames/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 32){
validate_FollowRequest.errors = [{instancePath:instancePath+"/usernames/" + i2,schemaPath:"#/properties/usernames/items/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 1){
validate_FollowRequest.errors = [{instancePath:instancePath+"/usernames/" + i2,schemaPath:"#/properties/usernames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_FollowRequest.errors = [{instancePath:instancePath+"/usernames/" + i2,schemaPath:"#/properties/usernames/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs8 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i3 = data2.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data2[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate_FollowRequest.errors = [{instancePath:instancePath+"/usernames",schemaPath:"#/properties/usernames/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break;
}
indices1[item1] = i3;
}
}
}
}
}
}
else {
validate_FollowRequest.errors = [{instancePath:instancePath+"/usernames",schemaPath:"#/properties/usernames/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
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
validate_FollowRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_FollowRequest.errors = vErrors;
return errors === 0;
}

export const FrameError = validate_FrameError;
const schema_FrameError = {"type":"object","additionalProperties":false,"required":["event","error"],"properties":{"event":{"type":"string","maxLength":256,"description":"The name of the refused event (truncated to 256 characters)."},"error":{"$ref":"#/definitions/Error"}}};

function validate_FrameError(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.event === undefined) && (missing0 = "event")) || ((data.error === undefined) && (missing0 = "error"))){
validate_FrameError.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "event") || (key0 === "error"))){
validate_FrameError.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.event !== undefined){
let data0 = data.event;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 256){
validate_FrameError.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
}
else {
validate_FrameError.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
const _errs4 = errors;
if(!(validate_Error(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate_Error.errors : vErrors.concat(validate_Error.errors);
errors = vErrors.length;
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
validate_FrameError.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_FrameError.errors = vErrors;
return errors === 0;
}

export const Game = validate_Game;

function validate_Game(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const HandshakeAuth = validate_HandshakeAuth;
const schema_HandshakeAuth = {"type":"object","description":"Socket.IO's handshake payload (`auth` option of the client). socket.io-client adds `pid` and\n`offset` itself when it resumes a dropped connection (connection-state recovery); the server reads\nthem, a client never sets them by hand.\n","additionalProperties":true,"properties":{"socketSecret":{"$ref":"#/definitions/HandshakeSecret"},"appearOnline":{"type":"boolean","default":true,"description":"`false` connects invisibly (Nakama's appearOnline): this connection does not make the user\nappear online; until they set an activity, a user with only invisible connections is `offline`.\n"}}};
const schema_HandshakeSecret = {"type":"string","minLength":1,"maxLength":256,"description":"The user's socket secret, from `GET /api/users/me`.","examples":["q3Jd5c1V0m8wY2hWb0xk6wGx9YzLrT4uPqN7sA1bC2d"]};

function validate_HandshakeAuth(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.socketSecret !== undefined){
let data0 = data.socketSecret;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 256){
validate_HandshakeAuth.errors = [{instancePath:instancePath+"/socketSecret",schemaPath:"#/definitions/HandshakeSecret/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_HandshakeAuth.errors = [{instancePath:instancePath+"/socketSecret",schemaPath:"#/definitions/HandshakeSecret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_HandshakeAuth.errors = [{instancePath:instancePath+"/socketSecret",schemaPath:"#/definitions/HandshakeSecret/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.appearOnline !== undefined){
const _errs5 = errors;
if(typeof data.appearOnline !== "boolean"){
validate_HandshakeAuth.errors = [{instancePath:instancePath+"/appearOnline",schemaPath:"#/properties/appearOnline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate_HandshakeAuth.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_HandshakeAuth.errors = vErrors;
return errors === 0;
}

export const HandshakeSecret = validate_HandshakeSecret;

function validate_HandshakeSecret(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 256){
validate_HandshakeSecret.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func_ucs2length(data) < 1){
validate_HandshakeSecret.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_HandshakeSecret.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_HandshakeSecret.errors = vErrors;
return errors === 0;
}

export const HistoryPage = validate_HistoryPage;
const schema_HistoryPage = {"type":"object","additionalProperties":false,"required":["messages","hasMore"],"properties":{"messages":{"type":"array","description":"In increasing `seq` order.","items":{"$ref":"#/definitions/ChatMessage"}},"hasMore":{"type":"boolean","description":"More messages lie beyond this page in the direction asked (older for `before`, newer for `after`)."}}};

function validate_HistoryPage(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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
if(!(validate_ChatMessage(data0[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
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

export const HistoryRequest = validate_HistoryRequest;
const schema_HistoryRequest = {"type":"object","description":"`before` or `after`, not both.","additionalProperties":false,"required":["room"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"before":{"type":"integer","minimum":1,"maximum":9007199254740991},"after":{"type":"integer","minimum":0,"maximum":9007199254740991},"limit":{"type":"integer","minimum":1,"maximum":100,"default":50}},"examples":[{"room":"general","before":42,"limit":20}]};

function validate_HistoryRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.room === undefined) && (missing0 = "room")){
validate_HistoryRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "room") || (key0 === "before")) || (key0 === "after")) || (key0 === "limit"))){
validate_HistoryRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_HistoryRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_HistoryRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_HistoryRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_HistoryRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.before !== undefined){
let data1 = data.before;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_HistoryRequest.errors = [{instancePath:instancePath+"/before",schemaPath:"#/properties/before/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
validate_HistoryRequest.errors = [{instancePath:instancePath+"/before",schemaPath:"#/properties/before/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate_HistoryRequest.errors = [{instancePath:instancePath+"/before",schemaPath:"#/properties/before/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(valid0){
if(data.after !== undefined){
let data2 = data.after;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_HistoryRequest.errors = [{instancePath:instancePath+"/after",schemaPath:"#/properties/after/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
validate_HistoryRequest.errors = [{instancePath:instancePath+"/after",schemaPath:"#/properties/after/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate_HistoryRequest.errors = [{instancePath:instancePath+"/after",schemaPath:"#/properties/after/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.limit !== undefined){
let data3 = data.limit;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate_HistoryRequest.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100 || isNaN(data3)){
validate_HistoryRequest.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate_HistoryRequest.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
}
}
}
}
}
}
else {
validate_HistoryRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_HistoryRequest.errors = vErrors;
return errors === 0;
}

export const InviteReply = validate_InviteReply;
const schema_InviteReply = {"type":"object","additionalProperties":false,"required":["room","added","notFound"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"added":{"type":"array","description":"Users who became members (those already members are not listed).","items":{"$ref":"#/definitions/Author"}},"notFound":{"type":"array","items":{"type":"string"}}}};

function validate_InviteReply(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.room === undefined) && (missing0 = "room")) || ((data.added === undefined) && (missing0 = "added"))) || ((data.notFound === undefined) && (missing0 = "notFound"))){
validate_InviteReply.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "room") || (key0 === "added")) || (key0 === "notFound"))){
validate_InviteReply.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_InviteReply.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_InviteReply.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_InviteReply.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_InviteReply.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.added !== undefined){
let data1 = data.added;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data1)){
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.userId === undefined) && (missing1 = "userId")) || ((data2.username === undefined) && (missing1 = "username"))){
validate_InviteReply.errors = [{instancePath:instancePath+"/added/" + i0,schemaPath:"#/definitions/Author/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data2){
if(!((key1 === "userId") || (key1 === "username"))){
validate_InviteReply.errors = [{instancePath:instancePath+"/added/" + i0,schemaPath:"#/definitions/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data2.userId !== undefined){
let data3 = data2.userId;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data3 === "string"){
if(!(format_uuid.test(data3))){
validate_InviteReply.errors = [{instancePath:instancePath+"/added/" + i0+"/userId",schemaPath:"#/definitions/Author/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_InviteReply.errors = [{instancePath:instancePath+"/added/" + i0+"/userId",schemaPath:"#/definitions/Author/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.username !== undefined){
let data4 = data2.username;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 32){
validate_InviteReply.errors = [{instancePath:instancePath+"/added/" + i0+"/username",schemaPath:"#/definitions/Author/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data4) < 3){
validate_InviteReply.errors = [{instancePath:instancePath+"/added/" + i0+"/username",schemaPath:"#/definitions/Author/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_InviteReply.errors = [{instancePath:instancePath+"/added/" + i0+"/username",schemaPath:"#/definitions/Author/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate_InviteReply.errors = [{instancePath:instancePath+"/added/" + i0,schemaPath:"#/definitions/Author/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate_InviteReply.errors = [{instancePath:instancePath+"/added",schemaPath:"#/properties/added/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notFound !== undefined){
let data5 = data.notFound;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data5)){
var valid5 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs17 = errors;
if(typeof data5[i1] !== "string"){
validate_InviteReply.errors = [{instancePath:instancePath+"/notFound/" + i1,schemaPath:"#/properties/notFound/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs17 === errors;
if(!valid5){
break;
}
}
}
else {
validate_InviteReply.errors = [{instancePath:instancePath+"/notFound",schemaPath:"#/properties/notFound/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
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
validate_InviteReply.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_InviteReply.errors = vErrors;
return errors === 0;
}

export const InviteRequest = validate_InviteRequest;
const schema_InviteRequest = {"type":"object","additionalProperties":false,"required":["room","userIds"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"userIds":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"type":"string","format":"uuid"}}}};

function validate_InviteRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.room === undefined) && (missing0 = "room")) || ((data.userIds === undefined) && (missing0 = "userIds"))){
validate_InviteRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "room") || (key0 === "userIds"))){
validate_InviteRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_InviteRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_InviteRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_InviteRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_InviteRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userIds !== undefined){
let data1 = data.userIds;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data1)){
if(data1.length > 100){
validate_InviteRequest.errors = [{instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data1.length < 1){
validate_InviteRequest.errors = [{instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data2 === "string"){
if(!(format_uuid.test(data2))){
validate_InviteRequest.errors = [{instancePath:instancePath+"/userIds/" + i0,schemaPath:"#/properties/userIds/items/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_InviteRequest.errors = [{instancePath:instancePath+"/userIds/" + i0,schemaPath:"#/properties/userIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate_InviteRequest.errors = [{instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
}
else {
validate_InviteRequest.errors = [{instancePath:instancePath+"/userIds",schemaPath:"#/properties/userIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate_InviteRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_InviteRequest.errors = vErrors;
return errors === 0;
}

export const JoinPartyReply = validate_JoinPartyReply;
const schema_JoinPartyReply = {"type":"object","additionalProperties":false,"required":["partyId","joined"],"properties":{"partyId":{"$ref":"#/definitions/PartyId"},"joined":{"type":"boolean","description":"`true`: a member now (`party` says of what); `false`: the request waits for the leader."},"party":{"$ref":"#/definitions/PartyView"}}};
const schema_PartyId = {"type":"string","format":"uuid","description":"A party's id, random; knowing it is what lets a connection ask to join.","examples":["3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d"]};
const schema_PartyView = {"type":"object","description":"A party as its members see it.","additionalProperties":false,"required":["partyId","open","maxSize","leader","members"],"properties":{"partyId":{"$ref":"#/definitions/PartyId"},"open":{"type":"boolean"},"maxSize":{"type":"integer","minimum":2,"maximum":256},"leader":{"$ref":"#/definitions/PartyPresence"},"members":{"type":"array","description":"Every member, the leader included, longest-standing first.","maxItems":256,"items":{"$ref":"#/definitions/PartyPresence"}}}};
const schema_PartyPresence = {"type":"object","description":"One connection in a party (Nakama's user presence) and whose it is.","additionalProperties":false,"required":["connectionId","userId","username"],"properties":{"connectionId":{"$ref":"#/definitions/ConnectionId"},"userId":{"type":"string","format":"uuid"},"username":{"type":"string","minLength":3,"maxLength":32}}};

function validate_PartyPresence(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.connectionId === undefined) && (missing0 = "connectionId")) || ((data.userId === undefined) && (missing0 = "userId"))) || ((data.username === undefined) && (missing0 = "username"))){
validate_PartyPresence.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "connectionId") || (key0 === "userId")) || (key0 === "username"))){
validate_PartyPresence.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.connectionId !== undefined){
let data0 = data.connectionId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_PartyPresence.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/definitions/ConnectionId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_PartyPresence.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/definitions/ConnectionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_PartyPresence.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/definitions/ConnectionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userId !== undefined){
let data1 = data.userId;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_PartyPresence.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PartyPresence.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.username !== undefined){
let data2 = data.username;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 32){
validate_PartyPresence.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data2) < 3){
validate_PartyPresence.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_PartyPresence.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
}
else {
validate_PartyPresence.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PartyPresence.errors = vErrors;
return errors === 0;
}


function validate_PartyView(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.partyId === undefined) && (missing0 = "partyId")) || ((data.open === undefined) && (missing0 = "open"))) || ((data.maxSize === undefined) && (missing0 = "maxSize"))) || ((data.leader === undefined) && (missing0 = "leader"))) || ((data.members === undefined) && (missing0 = "members"))){
validate_PartyView.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "partyId") || (key0 === "open")) || (key0 === "maxSize")) || (key0 === "leader")) || (key0 === "members"))){
validate_PartyView.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.partyId !== undefined){
let data0 = data.partyId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_PartyView.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PartyView.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.open !== undefined){
const _errs5 = errors;
if(typeof data.open !== "boolean"){
validate_PartyView.errors = [{instancePath:instancePath+"/open",schemaPath:"#/properties/open/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxSize !== undefined){
let data2 = data.maxSize;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_PartyView.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 256 || isNaN(data2)){
validate_PartyView.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256"}];
return false;
}
else {
if(data2 < 2 || isNaN(data2)){
validate_PartyView.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"}];
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
if(data.leader !== undefined){
const _errs9 = errors;
if(!(validate_PartyPresence(data.leader, {instancePath:instancePath+"/leader",parentData:data,parentDataProperty:"leader",rootData}))){
vErrors = vErrors === null ? validate_PartyPresence.errors : vErrors.concat(validate_PartyPresence.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.members !== undefined){
let data4 = data.members;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
if(data4.length > 256){
validate_PartyView.errors = [{instancePath:instancePath+"/members",schemaPath:"#/properties/members/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(!(validate_PartyPresence(data4[i0], {instancePath:instancePath+"/members/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate_PartyPresence.errors : vErrors.concat(validate_PartyPresence.errors);
errors = vErrors.length;
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate_PartyView.errors = [{instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
}
else {
validate_PartyView.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PartyView.errors = vErrors;
return errors === 0;
}


function validate_JoinPartyReply(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.partyId === undefined) && (missing0 = "partyId")) || ((data.joined === undefined) && (missing0 = "joined"))){
validate_JoinPartyReply.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "partyId") || (key0 === "joined")) || (key0 === "party"))){
validate_JoinPartyReply.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.partyId !== undefined){
let data0 = data.partyId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_JoinPartyReply.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_JoinPartyReply.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.joined !== undefined){
const _errs5 = errors;
if(typeof data.joined !== "boolean"){
validate_JoinPartyReply.errors = [{instancePath:instancePath+"/joined",schemaPath:"#/properties/joined/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.party !== undefined){
const _errs7 = errors;
if(!(validate_PartyView(data.party, {instancePath:instancePath+"/party",parentData:data,parentDataProperty:"party",rootData}))){
vErrors = vErrors === null ? validate_PartyView.errors : vErrors.concat(validate_PartyView.errors);
errors = vErrors.length;
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
}
else {
validate_JoinPartyReply.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_JoinPartyReply.errors = vErrors;
return errors === 0;
}

export const JoinRoomReply = validate_JoinRoomReply;
const schema_JoinRoomReply = {"type":"object","additionalProperties":false,"required":["room","missed","hasMore"],"properties":{"room":{"$ref":"#/definitions/RoomInfo"},"missed":{"type":"array","description":"With `since`, the messages after it (at most 100, oldest first); otherwise empty.","items":{"$ref":"#/definitions/ChatMessage"}},"hasMore":{"type":"boolean","description":"More missed messages follow; page on with `room-history` and `after`."}}};
const schema_RoomInfo = {"type":"object","additionalProperties":false,"required":["id","kind","hidden","persistent","lastSeq","memberCount","createdAt"],"properties":{"id":{"$ref":"#/definitions/RoomId"},"kind":{"$ref":"#/definitions/RoomKind"},"ownerId":{"type":"string","format":"uuid","description":"Who created the room (private and public rooms created with `create-room`)."},"hidden":{"type":"boolean","description":"No `member-joined` / `member-left` events are sent for this room."},"persistent":{"type":"boolean","description":"Messages are stored (history, replay, edit, delete). Ephemeral rooms only relay them."},"lastSeq":{"$ref":"#/definitions/SeqNumber"},"memberCount":{"type":"integer","minimum":0},"createdAt":{"type":"string","format":"date-time"}},"examples":[{"id":"general","kind":"public","hidden":false,"persistent":true,"lastSeq":42,"memberCount":3,"createdAt":"2026-11-22T10:00:00.000Z"}]};
const schema_RoomKind = {"type":"string","description":"`public`: anyone signed in may join (StaticBackend's channels). `private`: members only; the owner\ninvites and removes. `direct`: the stable room of two users (Nakama's direct messages).\n","enum":["public","private","direct"]};

function validate_RoomInfo(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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


function validate_JoinRoomReply(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.room === undefined) && (missing0 = "room")) || ((data.missed === undefined) && (missing0 = "missed"))) || ((data.hasMore === undefined) && (missing0 = "hasMore"))){
validate_JoinRoomReply.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "room") || (key0 === "missed")) || (key0 === "hasMore"))){
validate_JoinRoomReply.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.room !== undefined){
const _errs2 = errors;
if(!(validate_RoomInfo(data.room, {instancePath:instancePath+"/room",parentData:data,parentDataProperty:"room",rootData}))){
vErrors = vErrors === null ? validate_RoomInfo.errors : vErrors.concat(validate_RoomInfo.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.missed !== undefined){
let data1 = data.missed;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate_ChatMessage(data1[i0], {instancePath:instancePath+"/missed/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate_ChatMessage.errors : vErrors.concat(validate_ChatMessage.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate_JoinRoomReply.errors = [{instancePath:instancePath+"/missed",schemaPath:"#/properties/missed/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hasMore !== undefined){
const _errs6 = errors;
if(typeof data.hasMore !== "boolean"){
validate_JoinRoomReply.errors = [{instancePath:instancePath+"/hasMore",schemaPath:"#/properties/hasMore/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate_JoinRoomReply.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_JoinRoomReply.errors = vErrors;
return errors === 0;
}

export const JoinRoomRequest = validate_JoinRoomRequest;
const schema_JoinRoomRequest = {"type":"object","additionalProperties":false,"required":["room"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"since":{"$ref":"#/definitions/SeqNumber"}},"examples":[{"room":"general","since":41}]};

function validate_JoinRoomRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.room === undefined) && (missing0 = "room")){
validate_JoinRoomRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "room") || (key0 === "since"))){
validate_JoinRoomRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_JoinRoomRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_JoinRoomRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_JoinRoomRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_JoinRoomRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.since !== undefined){
let data1 = data.since;
const _errs5 = errors;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_JoinRoomRequest.errors = [{instancePath:instancePath+"/since",schemaPath:"#/definitions/SeqNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
validate_JoinRoomRequest.errors = [{instancePath:instancePath+"/since",schemaPath:"#/definitions/SeqNumber/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate_JoinRoomRequest.errors = [{instancePath:instancePath+"/since",schemaPath:"#/definitions/SeqNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate_JoinRoomRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_JoinRoomRequest.errors = vErrors;
return errors === 0;
}

export const ListNotificationsRequest = validate_ListNotificationsRequest;
const schema_ListNotificationsRequest = {"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":1,"maximum":100,"default":50},"cursor":{"$ref":"#/definitions/NotificationCursor"}},"examples":[{"limit":20,"cursor":"MTI4"}]};
const schema_NotificationCursor = {"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9_-]+$","description":"Opaque: the `cursor` of the previous page, passed back as is.","examples":["MTI4"]};
const pattern_55f2a7873f = new RegExp("^[A-Za-z0-9_-]+$", "u");

function validate_ListNotificationsRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "limit") || (key0 === "cursor"))){
validate_ListNotificationsRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.limit !== undefined){
let data0 = data.limit;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate_ListNotificationsRequest.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100 || isNaN(data0)){
validate_ListNotificationsRequest.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate_ListNotificationsRequest.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(errors === _errs5){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 64){
validate_ListNotificationsRequest.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_ListNotificationsRequest.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_55f2a7873f.test(data1)){
validate_ListNotificationsRequest.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_ListNotificationsRequest.errors = [{instancePath:instancePath+"/cursor",schemaPath:"#/definitions/NotificationCursor/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
else {
validate_ListNotificationsRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ListNotificationsRequest.errors = vErrors;
return errors === 0;
}

export const Match = validate_Match;
const schema_Match = {"type":"object","additionalProperties":false,"required":["matchId","size","maxSize","presences"],"properties":{"matchId":{"$ref":"#/definitions/MatchId"},"size":{"type":"integer","minimum":1,"maximum":1000,"description":"How many members it has."},"maxSize":{"type":"integer","minimum":2,"maximum":1000},"presences":{"type":"array","maxItems":1000,"description":"Every member, this connection included.","items":{"$ref":"#/definitions/MatchPresence"}}}};
const schema_MatchId = {"type":"string","format":"uuid","description":"A match's id, random, given by `create-match`."};
const schema_MatchPresence = {"type":"object","description":"A member of a match: one connection of a user.","additionalProperties":false,"required":["userId","connectionId","username"],"properties":{"userId":{"type":"string","format":"uuid"},"connectionId":{"$ref":"#/definitions/ConnectionId"},"username":{"type":"string","minLength":3,"maxLength":32}}};

function validate_MatchPresence(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.userId === undefined) && (missing0 = "userId")) || ((data.connectionId === undefined) && (missing0 = "connectionId"))) || ((data.username === undefined) && (missing0 = "username"))){
validate_MatchPresence.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "connectionId")) || (key0 === "username"))){
validate_MatchPresence.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_MatchPresence.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_MatchPresence.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.connectionId !== undefined){
let data1 = data.connectionId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 64){
validate_MatchPresence.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/definitions/ConnectionId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_MatchPresence.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/definitions/ConnectionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_MatchPresence.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/definitions/ConnectionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
let data2 = data.username;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 32){
validate_MatchPresence.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data2) < 3){
validate_MatchPresence.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_MatchPresence.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
}
else {
validate_MatchPresence.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_MatchPresence.errors = vErrors;
return errors === 0;
}


function validate_Match(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.matchId === undefined) && (missing0 = "matchId")) || ((data.size === undefined) && (missing0 = "size"))) || ((data.maxSize === undefined) && (missing0 = "maxSize"))) || ((data.presences === undefined) && (missing0 = "presences"))){
validate_Match.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "matchId") || (key0 === "size")) || (key0 === "maxSize")) || (key0 === "presences"))){
validate_Match.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.matchId !== undefined){
let data0 = data.matchId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_Match.errors = [{instancePath:instancePath+"/matchId",schemaPath:"#/definitions/MatchId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_Match.errors = [{instancePath:instancePath+"/matchId",schemaPath:"#/definitions/MatchId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.size !== undefined){
let data1 = data.size;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_Match.errors = [{instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000 || isNaN(data1)){
validate_Match.errors = [{instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate_Match.errors = [{instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(valid0){
if(data.maxSize !== undefined){
let data2 = data.maxSize;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_Match.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
validate_Match.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data2 < 2 || isNaN(data2)){
validate_Match.errors = [{instancePath:instancePath+"/maxSize",schemaPath:"#/properties/maxSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"}];
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
if(data.presences !== undefined){
let data3 = data.presences;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data3)){
if(data3.length > 1000){
validate_Match.errors = [{instancePath:instancePath+"/presences",schemaPath:"#/properties/presences/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate_MatchPresence(data3[i0], {instancePath:instancePath+"/presences/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate_MatchPresence.errors : vErrors.concat(validate_MatchPresence.errors);
errors = vErrors.length;
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate_Match.errors = [{instancePath:instancePath+"/presences",schemaPath:"#/properties/presences/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate_Match.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Match.errors = vErrors;
return errors === 0;
}

export const MatchData = validate_MatchData;
const schema_MatchData = {"type":"object","description":"Carries `data` or `dataBase64`, as the sender sent it.","additionalProperties":false,"required":["matchId","presence","opCode"],"properties":{"matchId":{"$ref":"#/definitions/MatchId"},"presence":{"$ref":"#/definitions/MatchPresence"},"opCode":{"$ref":"#/definitions/OpCode"},"data":{"$ref":"#/definitions/MatchDataJson"},"dataBase64":{"$ref":"#/definitions/MatchDataBase64"}}};
const schema_OpCode = {"type":"integer","minimum":0,"maximum":2147483647,"description":"What the data means, as the game defines it; the server does not read it."};
const schema_MatchDataJson = {"anyOf":[{"type":"object"},{"type":"array"},{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"null"}],"description":"Any JSON value; the server does not read it.","examples":[{"x":12,"y":7}]};
const schema_MatchDataBase64 = {"type":"string","maxLength":1398104,"pattern":"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$","description":"Bytes as standard base64 with padding (RFC 4648, section 4)."};
const pattern_f7b33402c0 = new RegExp("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$", "u");

function validate_MatchData(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.matchId === undefined) && (missing0 = "matchId")) || ((data.presence === undefined) && (missing0 = "presence"))) || ((data.opCode === undefined) && (missing0 = "opCode"))){
validate_MatchData.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "matchId") || (key0 === "presence")) || (key0 === "opCode")) || (key0 === "data")) || (key0 === "dataBase64"))){
validate_MatchData.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.matchId !== undefined){
let data0 = data.matchId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_MatchData.errors = [{instancePath:instancePath+"/matchId",schemaPath:"#/definitions/MatchId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_MatchData.errors = [{instancePath:instancePath+"/matchId",schemaPath:"#/definitions/MatchId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.presence !== undefined){
const _errs5 = errors;
if(!(validate_MatchPresence(data.presence, {instancePath:instancePath+"/presence",parentData:data,parentDataProperty:"presence",rootData}))){
vErrors = vErrors === null ? validate_MatchPresence.errors : vErrors.concat(validate_MatchPresence.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.opCode !== undefined){
let data2 = data.opCode;
const _errs6 = errors;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_MatchData.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/OpCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
validate_MatchData.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/OpCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate_MatchData.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/OpCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(valid0){
if(data.data !== undefined){
let data3 = data.data;
const _errs9 = errors;
const _errs11 = errors;
let valid4 = false;
const _errs12 = errors;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err0 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs14 = errors;
if(!(Array.isArray(data3))){
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs16 = errors;
if(typeof data3 !== "string"){
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs18 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err3 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/3/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs20 = errors;
if(typeof data3 !== "boolean"){
const err4 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/4/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs22 = errors;
if(data3 !== null){
const err5 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/5/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs22 === errors;
valid4 = valid4 || _valid0;
}
}
}
}
}
if(!valid4){
const err6 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate_MatchData.errors = vErrors;
return false;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dataBase64 !== undefined){
let data4 = data.dataBase64;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 1398104){
validate_MatchData.errors = [{instancePath:instancePath+"/dataBase64",schemaPath:"#/definitions/MatchDataBase64/maxLength",keyword:"maxLength",params:{limit: 1398104},message:"must NOT have more than 1398104 characters"}];
return false;
}
else {
if(!pattern_f7b33402c0.test(data4)){
validate_MatchData.errors = [{instancePath:instancePath+"/dataBase64",schemaPath:"#/definitions/MatchDataBase64/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"},message:"must match pattern \""+"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"+"\""}];
return false;
}
}
}
else {
validate_MatchData.errors = [{instancePath:instancePath+"/dataBase64",schemaPath:"#/definitions/MatchDataBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs24 === errors;
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
validate_MatchData.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_MatchData.errors = vErrors;
return errors === 0;
}

export const MatchDataBase64 = validate_MatchDataBase64;

function validate_MatchDataBase64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func_ucs2length(data) > 1398104){
validate_MatchDataBase64.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1398104},message:"must NOT have more than 1398104 characters"}];
return false;
}
else {
if(!pattern_f7b33402c0.test(data)){
validate_MatchDataBase64.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"},message:"must match pattern \""+"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"+"\""}];
return false;
}
}
}
else {
validate_MatchDataBase64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_MatchDataBase64.errors = vErrors;
return errors === 0;
}

export const MatchDataJson = validate_MatchDataJson;

function validate_MatchDataJson(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(!(Array.isArray(data))){
const err1 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs7 = errors;
if(!((typeof data == "number") && (isFinite(data)))){
const err3 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs9 = errors;
if(typeof data !== "boolean"){
const err4 = {instancePath,schemaPath:"#/anyOf/4/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs11 = errors;
if(data !== null){
const err5 = {instancePath,schemaPath:"#/anyOf/5/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid0 = valid0 || _valid0;
}
}
}
}
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate_MatchDataJson.errors = vErrors;
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
validate_MatchDataJson.errors = vErrors;
return errors === 0;
}

export const MatchId = validate_MatchId;

function validate_MatchId(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(!(format_uuid.test(data))){
validate_MatchId.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_MatchId.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate_MatchId.errors = vErrors;
return errors === 0;
}

export const MatchPresence = validate_MatchPresence;

export const MatchPresenceEvent = validate_MatchPresenceEvent;
const schema_MatchPresenceEvent = {"type":"object","additionalProperties":false,"required":["matchId","joins","leaves"],"properties":{"matchId":{"$ref":"#/definitions/MatchId"},"joins":{"type":"array","maxItems":1000,"items":{"$ref":"#/definitions/MatchPresence"}},"leaves":{"type":"array","maxItems":1000,"items":{"$ref":"#/definitions/MatchPresence"}}}};

function validate_MatchPresenceEvent(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.matchId === undefined) && (missing0 = "matchId")) || ((data.joins === undefined) && (missing0 = "joins"))) || ((data.leaves === undefined) && (missing0 = "leaves"))){
validate_MatchPresenceEvent.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "matchId") || (key0 === "joins")) || (key0 === "leaves"))){
validate_MatchPresenceEvent.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.matchId !== undefined){
let data0 = data.matchId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_MatchPresenceEvent.errors = [{instancePath:instancePath+"/matchId",schemaPath:"#/definitions/MatchId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_MatchPresenceEvent.errors = [{instancePath:instancePath+"/matchId",schemaPath:"#/definitions/MatchId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.joins !== undefined){
let data1 = data.joins;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data1)){
if(data1.length > 1000){
validate_MatchPresenceEvent.errors = [{instancePath:instancePath+"/joins",schemaPath:"#/properties/joins/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate_MatchPresence(data1[i0], {instancePath:instancePath+"/joins/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate_MatchPresence.errors : vErrors.concat(validate_MatchPresence.errors);
errors = vErrors.length;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate_MatchPresenceEvent.errors = [{instancePath:instancePath+"/joins",schemaPath:"#/properties/joins/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.leaves !== undefined){
let data3 = data.leaves;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
if(data3.length > 1000){
validate_MatchPresenceEvent.errors = [{instancePath:instancePath+"/leaves",schemaPath:"#/properties/leaves/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs10 = errors;
if(!(validate_MatchPresence(data3[i1], {instancePath:instancePath+"/leaves/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate_MatchPresence.errors : vErrors.concat(validate_MatchPresence.errors);
errors = vErrors.length;
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate_MatchPresenceEvent.errors = [{instancePath:instancePath+"/leaves",schemaPath:"#/properties/leaves/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
else {
validate_MatchPresenceEvent.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_MatchPresenceEvent.errors = vErrors;
return errors === 0;
}

export const MatchRef = validate_MatchRef;
const schema_MatchRef = {"type":"object","additionalProperties":false,"required":["matchId"],"properties":{"matchId":{"$ref":"#/definitions/MatchId"}}};

function validate_MatchRef(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.matchId === undefined) && (missing0 = "matchId")){
validate_MatchRef.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "matchId")){
validate_MatchRef.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.matchId !== undefined){
let data0 = data.matchId;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_MatchRef.errors = [{instancePath:instancePath+"/matchId",schemaPath:"#/definitions/MatchId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_MatchRef.errors = [{instancePath:instancePath+"/matchId",schemaPath:"#/definitions/MatchId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
}
else {
validate_MatchRef.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_MatchRef.errors = vErrors;
return errors === 0;
}

export const MemberEvent = validate_MemberEvent;
const schema_MemberEvent = {"type":"object","additionalProperties":false,"required":["room","user"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"user":{"$ref":"#/definitions/Author"}}};

function validate_MemberEvent(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.room === undefined) && (missing0 = "room")) || ((data.user === undefined) && (missing0 = "user"))){
validate_MemberEvent.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "room") || (key0 === "user"))){
validate_MemberEvent.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_MemberEvent.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_MemberEvent.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_MemberEvent.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_MemberEvent.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
let data1 = data.user;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.userId === undefined) && (missing1 = "userId")) || ((data1.username === undefined) && (missing1 = "username"))){
validate_MemberEvent.errors = [{instancePath:instancePath+"/user",schemaPath:"#/definitions/Author/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data1){
if(!((key1 === "userId") || (key1 === "username"))){
validate_MemberEvent.errors = [{instancePath:instancePath+"/user",schemaPath:"#/definitions/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data1.userId !== undefined){
let data2 = data1.userId;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data2 === "string"){
if(!(format_uuid.test(data2))){
validate_MemberEvent.errors = [{instancePath:instancePath+"/user/userId",schemaPath:"#/definitions/Author/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_MemberEvent.errors = [{instancePath:instancePath+"/user/userId",schemaPath:"#/definitions/Author/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.username !== undefined){
let data3 = data1.username;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 32){
validate_MemberEvent.errors = [{instancePath:instancePath+"/user/username",schemaPath:"#/definitions/Author/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 3){
validate_MemberEvent.errors = [{instancePath:instancePath+"/user/username",schemaPath:"#/definitions/Author/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_MemberEvent.errors = [{instancePath:instancePath+"/user/username",schemaPath:"#/definitions/Author/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate_MemberEvent.errors = [{instancePath:instancePath+"/user",schemaPath:"#/definitions/Author/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate_MemberEvent.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_MemberEvent.errors = vErrors;
return errors === 0;
}

export const MemberLeftEvent = validate_MemberLeftEvent;
const schema_MemberLeftEvent = {"type":"object","additionalProperties":false,"required":["room","user","reason"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"user":{"$ref":"#/definitions/Author"},"reason":{"type":"string","enum":["left","removed","disconnected"],"description":"`disconnected`: the last connection of the user closed in an ephemeral room."}}};

function validate_MemberLeftEvent(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.room === undefined) && (missing0 = "room")) || ((data.user === undefined) && (missing0 = "user"))) || ((data.reason === undefined) && (missing0 = "reason"))){
validate_MemberLeftEvent.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "room") || (key0 === "user")) || (key0 === "reason"))){
validate_MemberLeftEvent.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
let data1 = data.user;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.userId === undefined) && (missing1 = "userId")) || ((data1.username === undefined) && (missing1 = "username"))){
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/user",schemaPath:"#/definitions/Author/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data1){
if(!((key1 === "userId") || (key1 === "username"))){
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/user",schemaPath:"#/definitions/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data1.userId !== undefined){
let data2 = data1.userId;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data2 === "string"){
if(!(format_uuid.test(data2))){
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/user/userId",schemaPath:"#/definitions/Author/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/user/userId",schemaPath:"#/definitions/Author/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.username !== undefined){
let data3 = data1.username;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 32){
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/user/username",schemaPath:"#/definitions/Author/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 3){
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/user/username",schemaPath:"#/definitions/Author/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/user/username",schemaPath:"#/definitions/Author/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/user",schemaPath:"#/definitions/Author/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data4 = data.reason;
const _errs13 = errors;
if(typeof data4 !== "string"){
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "left") || (data4 === "removed")) || (data4 === "disconnected"))){
validate_MemberLeftEvent.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema_MemberLeftEvent.properties.reason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs13 === errors;
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
validate_MemberLeftEvent.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_MemberLeftEvent.errors = vErrors;
return errors === 0;
}

export const MessageBody = validate_MessageBody;

function validate_MessageBody(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const MessageReceipt = validate_MessageReceipt;
const schema_MessageReceipt = {"type":"object","additionalProperties":false,"required":["room","id","seq","createdAt"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"id":{"type":"string","format":"uuid"},"seq":{"$ref":"#/definitions/SeqNumber"},"createdAt":{"type":"string","format":"date-time"},"editedAt":{"type":"string","format":"date-time"},"deletedAt":{"type":"string","format":"date-time"},"duplicate":{"type":"boolean","description":"`send-message` only: true when the message was stored by an earlier request with the same\n`idempotencyKey`, whose receipt this is; nothing was stored or delivered this time.\n"}}};

function validate_MessageReceipt(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.room === undefined) && (missing0 = "room")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))){
validate_MessageReceipt.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "room") || (key0 === "id")) || (key0 === "seq")) || (key0 === "createdAt")) || (key0 === "editedAt")) || (key0 === "deletedAt")) || (key0 === "duplicate"))){
validate_MessageReceipt.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_MessageReceipt.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_MessageReceipt.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_MessageReceipt.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_MessageReceipt.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_MessageReceipt.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_MessageReceipt.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_MessageReceipt.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/SeqNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
validate_MessageReceipt.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/SeqNumber/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate_MessageReceipt.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/definitions/SeqNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.createdAt !== undefined){
let data3 = data.createdAt;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data3 === "string"){
if(!(format_date_time.validate(data3))){
validate_MessageReceipt.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_MessageReceipt.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.editedAt !== undefined){
let data4 = data.editedAt;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data4 === "string"){
if(!(format_date_time.validate(data4))){
validate_MessageReceipt.errors = [{instancePath:instancePath+"/editedAt",schemaPath:"#/properties/editedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_MessageReceipt.errors = [{instancePath:instancePath+"/editedAt",schemaPath:"#/properties/editedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.deletedAt !== undefined){
let data5 = data.deletedAt;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data5 === "string"){
if(!(format_date_time.validate(data5))){
validate_MessageReceipt.errors = [{instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_MessageReceipt.errors = [{instancePath:instancePath+"/deletedAt",schemaPath:"#/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.duplicate !== undefined){
const _errs16 = errors;
if(typeof data.duplicate !== "boolean"){
validate_MessageReceipt.errors = [{instancePath:instancePath+"/duplicate",schemaPath:"#/properties/duplicate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs16 === errors;
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
validate_MessageReceipt.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_MessageReceipt.errors = vErrors;
return errors === 0;
}

export const MessageRef = validate_MessageRef;
const schema_MessageRef = {"type":"object","additionalProperties":false,"required":["room","id"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"id":{"type":"string","format":"uuid"}}};

function validate_MessageRef(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.room === undefined) && (missing0 = "room")) || ((data.id === undefined) && (missing0 = "id"))){
validate_MessageRef.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "room") || (key0 === "id"))){
validate_MessageRef.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_MessageRef.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_MessageRef.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_MessageRef.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_MessageRef.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_MessageRef.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_MessageRef.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_MessageRef.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_MessageRef.errors = vErrors;
return errors === 0;
}

export const Notification = validate_Notification;
const schema_Notification = {"type":"object","description":"One notification to one user. `persistent` ones are stored until the user deletes them (or, past\n`MAX_NOTIFICATIONS_PER_USER`, newer ones push them out) and are listed; the others are only sent live.\n","additionalProperties":false,"required":["id","subject","content","code","senderId","createTime","persistent"],"properties":{"id":{"$ref":"#/definitions/NotificationId"},"subject":{"$ref":"#/definitions/NotificationSubject"},"content":{"$ref":"#/definitions/NotificationContent"},"code":{"$ref":"#/definitions/NotificationCode"},"senderId":{"type":["string","null"],"format":"uuid","description":"The user who caused it, or `null` for the server itself."},"createTime":{"type":"string","format":"date-time"},"persistent":{"type":"boolean","description":"Stored (listed, delivered on the next connect when sent while offline), or live only."}},"examples":[{"id":"9a7c2e4b-1d3f-4b6a-8c5e-0f2a4d6b8e10","subject":"You were invited to team-lobby","content":{"room":"team-lobby","invitedBy":{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada"}},"code":-2,"senderId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","createTime":"2026-12-02T10:00:00.000Z","persistent":true}]};
const schema_NotificationSubject = {"type":"string","minLength":1,"maxLength":255,"description":"A short line for people (at most 255 characters).","examples":["You were invited to team-lobby"]};
const schema_NotificationContent = {"type":"object","additionalProperties":true,"maxProperties":64,"description":"Any JSON object, at most 4 KiB serialized and 64 keys at its top.","examples":[{"room":"team-lobby","invitedBy":{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada"}}]};
const schema_NotificationCode = {"type":"integer","minimum":-1000,"maximum":1000000,"description":"What kind of notification this is, for the client to switch on. Negative codes are reserved for\nthe server's own (Nakama's convention): `-2` invited to a private room (content `{room, invitedBy}`),\n`-3` added to an account (content `{accountId, addedBy}`), `-4` a request to join a party you lead.\nPositive codes are the application's.\n","examples":[-2]};

function validate_Notification(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const NotificationCode = validate_NotificationCode;

function validate_NotificationCode(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const NotificationContent = validate_NotificationContent;

function validate_NotificationContent(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const NotificationCursor = validate_NotificationCursor;

function validate_NotificationCursor(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const NotificationId = validate_NotificationId;

function validate_NotificationId(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const NotificationList = validate_NotificationList;
const schema_NotificationList = {"type":"object","description":"Nakama's NotificationList. A page of the user's stored notifications, newest first.","additionalProperties":false,"required":["notifications"],"properties":{"notifications":{"type":"array","maxItems":100,"items":{"$ref":"#/definitions/Notification"}},"cursor":{"description":"Present when older notifications follow; pass it back as `cursor` for the next page.","$ref":"#/definitions/NotificationCursor"}},"examples":[{"notifications":[{"id":"9a7c2e4b-1d3f-4b6a-8c5e-0f2a4d6b8e10","subject":"You were invited to team-lobby","content":{"room":"team-lobby","invitedBy":{"userId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","username":"ada"}},"code":-2,"senderId":"0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77","createTime":"2026-12-02T10:00:00.000Z","persistent":true}],"cursor":"MTI4"}]};

function validate_NotificationList(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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
if(!(validate_Notification(data0[i0], {instancePath:instancePath+"/notifications/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
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

export const NotificationSubject = validate_NotificationSubject;

function validate_NotificationSubject(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const NotifyUserRequest = validate_NotifyUserRequest;
const schema_NotifyUserRequest = {"type":"object","additionalProperties":false,"required":["userId","subject","content","code"],"properties":{"userId":{"type":"string","format":"uuid","description":"The recipient."},"subject":{"$ref":"#/definitions/NotificationSubject"},"content":{"$ref":"#/definitions/NotificationContent"},"code":{"type":"integer","minimum":1,"maximum":1000000,"description":"An application code (negative ones are the server's)."},"persistent":{"type":"boolean","default":true,"description":"Stored and listed (the default), or live only."}}};

function validate_NotifyUserRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.userId === undefined) && (missing0 = "userId")) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.content === undefined) && (missing0 = "content"))) || ((data.code === undefined) && (missing0 = "code"))){
validate_NotifyUserRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "userId") || (key0 === "subject")) || (key0 === "content")) || (key0 === "code")) || (key0 === "persistent"))){
validate_NotifyUserRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_NotifyUserRequest.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_NotifyUserRequest.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 255){
validate_NotifyUserRequest.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/definitions/NotificationSubject/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_NotifyUserRequest.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/definitions/NotificationSubject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_NotifyUserRequest.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/definitions/NotificationSubject/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data2 = data.content;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 64){
validate_NotifyUserRequest.errors = [{instancePath:instancePath+"/content",schemaPath:"#/definitions/NotificationContent/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties"}];
return false;
}
}
else {
validate_NotifyUserRequest.errors = [{instancePath:instancePath+"/content",schemaPath:"#/definitions/NotificationContent/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
let data3 = data.code;
const _errs11 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate_NotifyUserRequest.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000 || isNaN(data3)){
validate_NotifyUserRequest.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate_NotifyUserRequest.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.persistent !== undefined){
const _errs13 = errors;
if(typeof data.persistent !== "boolean"){
validate_NotifyUserRequest.errors = [{instancePath:instancePath+"/persistent",schemaPath:"#/properties/persistent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
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
validate_NotifyUserRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_NotifyUserRequest.errors = vErrors;
return errors === 0;
}

export const OpCode = validate_OpCode;

function validate_OpCode(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
validate_OpCode.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if((typeof data == "number") && (isFinite(data))){
if(data > 2147483647 || isNaN(data)){
validate_OpCode.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data < 0 || isNaN(data)){
validate_OpCode.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
validate_OpCode.errors = vErrors;
return errors === 0;
}

export const OpenDirectRequest = validate_OpenDirectRequest;
const schema_OpenDirectRequest = {"type":"object","additionalProperties":false,"required":["userId"],"properties":{"userId":{"type":"string","format":"uuid"}}};

function validate_OpenDirectRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.userId === undefined) && (missing0 = "userId")){
validate_OpenDirectRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "userId")){
validate_OpenDirectRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_OpenDirectRequest.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_OpenDirectRequest.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
}
else {
validate_OpenDirectRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_OpenDirectRequest.errors = vErrors;
return errors === 0;
}

export const PartyClosed = validate_PartyClosed;
const schema_PartyClosed = {"type":"object","additionalProperties":false,"required":["partyId","reason"],"properties":{"partyId":{"$ref":"#/definitions/PartyId"},"reason":{"type":"string","enum":["closed","removed","rejected"],"description":"`closed`: the leader closed the party, or (for a connection waiting to join) its last member left;\n`removed`: the leader removed this connection; `rejected`: the leader rejected its join request.\n"}}};

function validate_PartyClosed(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.partyId === undefined) && (missing0 = "partyId")) || ((data.reason === undefined) && (missing0 = "reason"))){
validate_PartyClosed.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "partyId") || (key0 === "reason"))){
validate_PartyClosed.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.partyId !== undefined){
let data0 = data.partyId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_PartyClosed.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PartyClosed.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.reason !== undefined){
let data1 = data.reason;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate_PartyClosed.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "closed") || (data1 === "removed")) || (data1 === "rejected"))){
validate_PartyClosed.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema_PartyClosed.properties.reason.enum},message:"must be equal to one of the allowed values"}];
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
validate_PartyClosed.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PartyClosed.errors = vErrors;
return errors === 0;
}

export const PartyData = validate_PartyData;
const schema_PartyData = {"type":"object","additionalProperties":false,"required":["partyId","opCode","presence"],"properties":{"partyId":{"$ref":"#/definitions/PartyId"},"opCode":{"$ref":"#/definitions/PartyOpCode"},"data":{"$ref":"#/definitions/PartyDataValue"},"dataBase64":{"$ref":"#/definitions/PartyDataBase64"},"presence":{"$ref":"#/definitions/PartyPresence"}}};
const schema_PartyOpCode = {"type":"integer","minimum":0,"maximum":2147483647,"description":"What the data means, as the application defines it.","examples":[1]};
const schema_PartyDataValue = {"anyOf":[{"type":"object"},{"type":"array"},{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"null"}],"description":"Any JSON value, as the application defines it.","examples":[{"x":10,"y":4}]};
const schema_PartyDataBase64 = {"type":"string","pattern":"^[A-Za-z0-9+/]*={0,2}$","description":"Binary data, base64-encoded (standard alphabet, padded).","examples":["AAECAw=="]};
const pattern_20686cfddb = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");

function validate_PartyData(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.partyId === undefined) && (missing0 = "partyId")) || ((data.opCode === undefined) && (missing0 = "opCode"))) || ((data.presence === undefined) && (missing0 = "presence"))){
validate_PartyData.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "partyId") || (key0 === "opCode")) || (key0 === "data")) || (key0 === "dataBase64")) || (key0 === "presence"))){
validate_PartyData.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.partyId !== undefined){
let data0 = data.partyId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_PartyData.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PartyData.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.opCode !== undefined){
let data1 = data.opCode;
const _errs5 = errors;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_PartyData.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/PartyOpCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
validate_PartyData.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/PartyOpCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate_PartyData.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/PartyOpCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs8 = errors;
const _errs10 = errors;
let valid4 = false;
const _errs11 = errors;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err0 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs13 = errors;
if(!(Array.isArray(data2))){
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs15 = errors;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs17 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/3/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs19 = errors;
if(typeof data2 !== "boolean"){
const err4 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/4/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs21 = errors;
if(data2 !== null){
const err5 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/5/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid4 = valid4 || _valid0;
}
}
}
}
}
if(!valid4){
const err6 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate_PartyData.errors = vErrors;
return false;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dataBase64 !== undefined){
let data3 = data.dataBase64;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data3 === "string"){
if(!pattern_20686cfddb.test(data3)){
validate_PartyData.errors = [{instancePath:instancePath+"/dataBase64",schemaPath:"#/definitions/PartyDataBase64/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]*={0,2}$"},message:"must match pattern \""+"^[A-Za-z0-9+/]*={0,2}$"+"\""}];
return false;
}
}
else {
validate_PartyData.errors = [{instancePath:instancePath+"/dataBase64",schemaPath:"#/definitions/PartyDataBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presence !== undefined){
const _errs26 = errors;
if(!(validate_PartyPresence(data.presence, {instancePath:instancePath+"/presence",parentData:data,parentDataProperty:"presence",rootData}))){
vErrors = vErrors === null ? validate_PartyPresence.errors : vErrors.concat(validate_PartyPresence.errors);
errors = vErrors.length;
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
else {
validate_PartyData.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PartyData.errors = vErrors;
return errors === 0;
}

export const PartyDataBase64 = validate_PartyDataBase64;

function validate_PartyDataBase64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(!pattern_20686cfddb.test(data)){
validate_PartyDataBase64.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]*={0,2}$"},message:"must match pattern \""+"^[A-Za-z0-9+/]*={0,2}$"+"\""}];
return false;
}
}
else {
validate_PartyDataBase64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate_PartyDataBase64.errors = vErrors;
return errors === 0;
}

export const PartyDataValue = validate_PartyDataValue;

function validate_PartyDataValue(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(!(Array.isArray(data))){
const err1 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs7 = errors;
if(!((typeof data == "number") && (isFinite(data)))){
const err3 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs9 = errors;
if(typeof data !== "boolean"){
const err4 = {instancePath,schemaPath:"#/anyOf/4/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs11 = errors;
if(data !== null){
const err5 = {instancePath,schemaPath:"#/anyOf/5/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid0 = valid0 || _valid0;
}
}
}
}
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate_PartyDataValue.errors = vErrors;
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
validate_PartyDataValue.errors = vErrors;
return errors === 0;
}

export const PartyId = validate_PartyId;

function validate_PartyId(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(!(format_uuid.test(data))){
validate_PartyId.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PartyId.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate_PartyId.errors = vErrors;
return errors === 0;
}

export const PartyJoinRequest = validate_PartyJoinRequest;
const schema_PartyJoinRequest = {"type":"object","additionalProperties":false,"required":["partyId","presence"],"properties":{"partyId":{"$ref":"#/definitions/PartyId"},"presence":{"$ref":"#/definitions/PartyPresence"}}};

function validate_PartyJoinRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.partyId === undefined) && (missing0 = "partyId")) || ((data.presence === undefined) && (missing0 = "presence"))){
validate_PartyJoinRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "partyId") || (key0 === "presence"))){
validate_PartyJoinRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.partyId !== undefined){
let data0 = data.partyId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_PartyJoinRequest.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PartyJoinRequest.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.presence !== undefined){
const _errs5 = errors;
if(!(validate_PartyPresence(data.presence, {instancePath:instancePath+"/presence",parentData:data,parentDataProperty:"presence",rootData}))){
vErrors = vErrors === null ? validate_PartyPresence.errors : vErrors.concat(validate_PartyPresence.errors);
errors = vErrors.length;
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
validate_PartyJoinRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PartyJoinRequest.errors = vErrors;
return errors === 0;
}

export const PartyLeaderEvent = validate_PartyLeaderEvent;
const schema_PartyLeaderEvent = {"type":"object","additionalProperties":false,"required":["partyId","leader"],"properties":{"partyId":{"$ref":"#/definitions/PartyId"},"leader":{"$ref":"#/definitions/PartyPresence"}}};

function validate_PartyLeaderEvent(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.partyId === undefined) && (missing0 = "partyId")) || ((data.leader === undefined) && (missing0 = "leader"))){
validate_PartyLeaderEvent.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "partyId") || (key0 === "leader"))){
validate_PartyLeaderEvent.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.partyId !== undefined){
let data0 = data.partyId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_PartyLeaderEvent.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PartyLeaderEvent.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.leader !== undefined){
const _errs5 = errors;
if(!(validate_PartyPresence(data.leader, {instancePath:instancePath+"/leader",parentData:data,parentDataProperty:"leader",rootData}))){
vErrors = vErrors === null ? validate_PartyPresence.errors : vErrors.concat(validate_PartyPresence.errors);
errors = vErrors.length;
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
validate_PartyLeaderEvent.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PartyLeaderEvent.errors = vErrors;
return errors === 0;
}

export const PartyMemberRef = validate_PartyMemberRef;
const schema_PartyMemberRef = {"type":"object","additionalProperties":false,"required":["partyId","connectionId"],"properties":{"partyId":{"$ref":"#/definitions/PartyId"},"connectionId":{"$ref":"#/definitions/ConnectionId"}}};

function validate_PartyMemberRef(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.partyId === undefined) && (missing0 = "partyId")) || ((data.connectionId === undefined) && (missing0 = "connectionId"))){
validate_PartyMemberRef.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "partyId") || (key0 === "connectionId"))){
validate_PartyMemberRef.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.partyId !== undefined){
let data0 = data.partyId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_PartyMemberRef.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PartyMemberRef.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.connectionId !== undefined){
let data1 = data.connectionId;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 64){
validate_PartyMemberRef.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/definitions/ConnectionId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_PartyMemberRef.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/definitions/ConnectionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_PartyMemberRef.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/definitions/ConnectionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_PartyMemberRef.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PartyMemberRef.errors = vErrors;
return errors === 0;
}

export const PartyOpCode = validate_PartyOpCode;

function validate_PartyOpCode(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
validate_PartyOpCode.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === 0){
if((typeof data == "number") && (isFinite(data))){
if(data > 2147483647 || isNaN(data)){
validate_PartyOpCode.errors = [{instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data < 0 || isNaN(data)){
validate_PartyOpCode.errors = [{instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
validate_PartyOpCode.errors = vErrors;
return errors === 0;
}

export const PartyPresence = validate_PartyPresence;

export const PartyPresenceEvent = validate_PartyPresenceEvent;
const schema_PartyPresenceEvent = {"type":"object","additionalProperties":false,"required":["partyId","joins","leaves"],"properties":{"partyId":{"$ref":"#/definitions/PartyId"},"joins":{"type":"array","maxItems":256,"items":{"$ref":"#/definitions/PartyPresence"}},"leaves":{"type":"array","maxItems":256,"items":{"$ref":"#/definitions/PartyPresence"}}}};

function validate_PartyPresenceEvent(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.partyId === undefined) && (missing0 = "partyId")) || ((data.joins === undefined) && (missing0 = "joins"))) || ((data.leaves === undefined) && (missing0 = "leaves"))){
validate_PartyPresenceEvent.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "partyId") || (key0 === "joins")) || (key0 === "leaves"))){
validate_PartyPresenceEvent.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.partyId !== undefined){
let data0 = data.partyId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_PartyPresenceEvent.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PartyPresenceEvent.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.joins !== undefined){
let data1 = data.joins;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data1)){
if(data1.length > 256){
validate_PartyPresenceEvent.errors = [{instancePath:instancePath+"/joins",schemaPath:"#/properties/joins/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate_PartyPresence(data1[i0], {instancePath:instancePath+"/joins/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate_PartyPresence.errors : vErrors.concat(validate_PartyPresence.errors);
errors = vErrors.length;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate_PartyPresenceEvent.errors = [{instancePath:instancePath+"/joins",schemaPath:"#/properties/joins/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.leaves !== undefined){
let data3 = data.leaves;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
if(data3.length > 256){
validate_PartyPresenceEvent.errors = [{instancePath:instancePath+"/leaves",schemaPath:"#/properties/leaves/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs10 = errors;
if(!(validate_PartyPresence(data3[i1], {instancePath:instancePath+"/leaves/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate_PartyPresence.errors : vErrors.concat(validate_PartyPresence.errors);
errors = vErrors.length;
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate_PartyPresenceEvent.errors = [{instancePath:instancePath+"/leaves",schemaPath:"#/properties/leaves/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
else {
validate_PartyPresenceEvent.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PartyPresenceEvent.errors = vErrors;
return errors === 0;
}

export const PartyRef = validate_PartyRef;
const schema_PartyRef = {"type":"object","additionalProperties":false,"required":["partyId"],"properties":{"partyId":{"$ref":"#/definitions/PartyId"}}};

function validate_PartyRef(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.partyId === undefined) && (missing0 = "partyId")){
validate_PartyRef.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "partyId")){
validate_PartyRef.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.partyId !== undefined){
let data0 = data.partyId;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_PartyRef.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PartyRef.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
}
else {
validate_PartyRef.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PartyRef.errors = vErrors;
return errors === 0;
}

export const PartyRequests = validate_PartyRequests;
const schema_PartyRequests = {"type":"object","additionalProperties":false,"required":["partyId","requests"],"properties":{"partyId":{"$ref":"#/definitions/PartyId"},"requests":{"type":"array","description":"The connections waiting, oldest request first.","maxItems":10000,"items":{"$ref":"#/definitions/PartyPresence"}}}};

function validate_PartyRequests(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.partyId === undefined) && (missing0 = "partyId")) || ((data.requests === undefined) && (missing0 = "requests"))){
validate_PartyRequests.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "partyId") || (key0 === "requests"))){
validate_PartyRequests.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.partyId !== undefined){
let data0 = data.partyId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_PartyRequests.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_PartyRequests.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.requests !== undefined){
let data1 = data.requests;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data1)){
if(data1.length > 10000){
validate_PartyRequests.errors = [{instancePath:instancePath+"/requests",schemaPath:"#/properties/requests/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate_PartyPresence(data1[i0], {instancePath:instancePath+"/requests/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate_PartyPresence.errors : vErrors.concat(validate_PartyPresence.errors);
errors = vErrors.length;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate_PartyRequests.errors = [{instancePath:instancePath+"/requests",schemaPath:"#/properties/requests/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate_PartyRequests.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PartyRequests.errors = vErrors;
return errors === 0;
}

export const PartyView = validate_PartyView;

export const Position = validate_Position;

function validate_Position(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const PublicFile = validate_PublicFile;
const schema_PublicFile = {"type":"object","additionalProperties":false,"required":["path","mime","length","encoding","content"],"properties":{"path":{"type":"string","description":"The path asked for."},"mime":{"type":"string","description":"The file's media type, from its extension (`application/octet-stream` when unknown)."},"length":{"type":"integer","minimum":0,"description":"The file's size in bytes."},"encoding":{"type":"string","enum":["utf8","base64"]},"content":{"type":"string","description":"The file's bytes, as UTF-8 text or base64."}}};

function validate_PublicFile(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.path === undefined) && (missing0 = "path")) || ((data.mime === undefined) && (missing0 = "mime"))) || ((data.length === undefined) && (missing0 = "length"))) || ((data.encoding === undefined) && (missing0 = "encoding"))) || ((data.content === undefined) && (missing0 = "content"))){
validate_PublicFile.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "path") || (key0 === "mime")) || (key0 === "length")) || (key0 === "encoding")) || (key0 === "content"))){
validate_PublicFile.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.path !== undefined){
const _errs2 = errors;
if(typeof data.path !== "string"){
validate_PublicFile.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mime !== undefined){
const _errs4 = errors;
if(typeof data.mime !== "string"){
validate_PublicFile.errors = [{instancePath:instancePath+"/mime",schemaPath:"#/properties/mime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.length !== undefined){
let data2 = data.length;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_PublicFile.errors = [{instancePath:instancePath+"/length",schemaPath:"#/properties/length/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate_PublicFile.errors = [{instancePath:instancePath+"/length",schemaPath:"#/properties/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.encoding !== undefined){
let data3 = data.encoding;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate_PublicFile.errors = [{instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data3 === "utf8") || (data3 === "base64"))){
validate_PublicFile.errors = [{instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema_PublicFile.properties.encoding.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
const _errs10 = errors;
if(typeof data.content !== "string"){
validate_PublicFile.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
}
else {
validate_PublicFile.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_PublicFile.errors = vErrors;
return errors === 0;
}

export const RemoveRequest = validate_RemoveRequest;
const schema_RemoveRequest = {"type":"object","additionalProperties":false,"required":["room","userId"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"userId":{"type":"string","format":"uuid"}}};

function validate_RemoveRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.room === undefined) && (missing0 = "room")) || ((data.userId === undefined) && (missing0 = "userId"))){
validate_RemoveRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "room") || (key0 === "userId"))){
validate_RemoveRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_RemoveRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_RemoveRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_RemoveRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_RemoveRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userId !== undefined){
let data1 = data.userId;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_RemoveRequest.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_RemoveRequest.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_RemoveRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RemoveRequest.errors = vErrors;
return errors === 0;
}

export const RepoName = validate_RepoName;

function validate_RepoName(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const RepoRef = validate_RepoRef;
const schema_RepoRef = {"type":"object","additionalProperties":false,"required":["repo"],"properties":{"repo":{"$ref":"#/definitions/RepoName"}}};

function validate_RepoRef(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.repo === undefined) && (missing0 = "repo")){
validate_RepoRef.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "repo")){
validate_RepoRef.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repo !== undefined){
let data0 = data.repo;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_RepoRef.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_RepoRef.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data0)){
validate_RepoRef.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
else {
validate_RepoRef.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate_RepoRef.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RepoRef.errors = vErrors;
return errors === 0;
}

export const RoomId = validate_RoomId;

function validate_RoomId(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const RoomInfo = validate_RoomInfo;

export const RoomInvitation = validate_RoomInvitation;
const schema_RoomInvitation = {"type":"object","additionalProperties":false,"required":["room","invitedBy"],"properties":{"room":{"$ref":"#/definitions/RoomInfo"},"invitedBy":{"$ref":"#/definitions/Author"}}};

function validate_RoomInvitation(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.room === undefined) && (missing0 = "room")) || ((data.invitedBy === undefined) && (missing0 = "invitedBy"))){
validate_RoomInvitation.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "room") || (key0 === "invitedBy"))){
validate_RoomInvitation.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.room !== undefined){
const _errs2 = errors;
if(!(validate_RoomInfo(data.room, {instancePath:instancePath+"/room",parentData:data,parentDataProperty:"room",rootData}))){
vErrors = vErrors === null ? validate_RoomInfo.errors : vErrors.concat(validate_RoomInfo.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitedBy !== undefined){
let data1 = data.invitedBy;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.userId === undefined) && (missing1 = "userId")) || ((data1.username === undefined) && (missing1 = "username"))){
validate_RoomInvitation.errors = [{instancePath:instancePath+"/invitedBy",schemaPath:"#/definitions/Author/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!((key1 === "userId") || (key1 === "username"))){
validate_RoomInvitation.errors = [{instancePath:instancePath+"/invitedBy",schemaPath:"#/definitions/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.userId !== undefined){
let data2 = data1.userId;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data2 === "string"){
if(!(format_uuid.test(data2))){
validate_RoomInvitation.errors = [{instancePath:instancePath+"/invitedBy/userId",schemaPath:"#/definitions/Author/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_RoomInvitation.errors = [{instancePath:instancePath+"/invitedBy/userId",schemaPath:"#/definitions/Author/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.username !== undefined){
let data3 = data1.username;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 32){
validate_RoomInvitation.errors = [{instancePath:instancePath+"/invitedBy/username",schemaPath:"#/definitions/Author/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 3){
validate_RoomInvitation.errors = [{instancePath:instancePath+"/invitedBy/username",schemaPath:"#/definitions/Author/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_RoomInvitation.errors = [{instancePath:instancePath+"/invitedBy/username",schemaPath:"#/definitions/Author/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate_RoomInvitation.errors = [{instancePath:instancePath+"/invitedBy",schemaPath:"#/definitions/Author/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate_RoomInvitation.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RoomInvitation.errors = vErrors;
return errors === 0;
}

export const RoomKind = validate_RoomKind;

function validate_RoomKind(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const RoomMember = validate_RoomMember;
const schema_RoomMember = {"type":"object","additionalProperties":false,"required":["userId","username","state"],"properties":{"userId":{"type":"string","format":"uuid"},"username":{"type":"string","minLength":3,"maxLength":32},"state":{"$ref":"#/definitions/ActivityState"}}};

function validate_RoomMember(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.userId === undefined) && (missing0 = "userId")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.state === undefined) && (missing0 = "state"))){
validate_RoomMember.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "username")) || (key0 === "state"))){
validate_RoomMember.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_RoomMember.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_RoomMember.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_RoomMember.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 3){
validate_RoomMember.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_RoomMember.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_RoomMember.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/ActivityState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "online") || (data2 === "busy")) || (data2 === "playing")) || (data2 === "away")) || (data2 === "offline"))){
validate_RoomMember.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/ActivityState/enum",keyword:"enum",params:{allowedValues: schema_ActivityState.enum},message:"must be equal to one of the allowed values"}];
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
validate_RoomMember.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RoomMember.errors = vErrors;
return errors === 0;
}

export const RoomRef = validate_RoomRef;
const schema_RoomRef = {"type":"object","additionalProperties":false,"required":["room"],"properties":{"room":{"$ref":"#/definitions/RoomId"}}};

function validate_RoomRef(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.room === undefined) && (missing0 = "room")){
validate_RoomRef.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "room")){
validate_RoomRef.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.room !== undefined){
let data0 = data.room;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 128){
validate_RoomRef.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_RoomRef.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_RoomRef.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_RoomRef.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate_RoomRef.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RoomRef.errors = vErrors;
return errors === 0;
}

export const RoomRemoval = validate_RoomRemoval;
const schema_RoomRemoval = {"type":"object","additionalProperties":false,"required":["room","removedBy"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"removedBy":{"$ref":"#/definitions/Author"}}};

function validate_RoomRemoval(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.room === undefined) && (missing0 = "room")) || ((data.removedBy === undefined) && (missing0 = "removedBy"))){
validate_RoomRemoval.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "room") || (key0 === "removedBy"))){
validate_RoomRemoval.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_RoomRemoval.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_RoomRemoval.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_RoomRemoval.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_RoomRemoval.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.removedBy !== undefined){
let data1 = data.removedBy;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.userId === undefined) && (missing1 = "userId")) || ((data1.username === undefined) && (missing1 = "username"))){
validate_RoomRemoval.errors = [{instancePath:instancePath+"/removedBy",schemaPath:"#/definitions/Author/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data1){
if(!((key1 === "userId") || (key1 === "username"))){
validate_RoomRemoval.errors = [{instancePath:instancePath+"/removedBy",schemaPath:"#/definitions/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data1.userId !== undefined){
let data2 = data1.userId;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data2 === "string"){
if(!(format_uuid.test(data2))){
validate_RoomRemoval.errors = [{instancePath:instancePath+"/removedBy/userId",schemaPath:"#/definitions/Author/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_RoomRemoval.errors = [{instancePath:instancePath+"/removedBy/userId",schemaPath:"#/definitions/Author/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.username !== undefined){
let data3 = data1.username;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 32){
validate_RoomRemoval.errors = [{instancePath:instancePath+"/removedBy/username",schemaPath:"#/definitions/Author/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 3){
validate_RoomRemoval.errors = [{instancePath:instancePath+"/removedBy/username",schemaPath:"#/definitions/Author/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_RoomRemoval.errors = [{instancePath:instancePath+"/removedBy/username",schemaPath:"#/definitions/Author/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate_RoomRemoval.errors = [{instancePath:instancePath+"/removedBy",schemaPath:"#/definitions/Author/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate_RoomRemoval.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RoomRemoval.errors = vErrors;
return errors === 0;
}

export const RoomStats = validate_RoomStats;
const schema_RoomStats = {"type":"object","additionalProperties":false,"required":["room","kind","persistent","memberCount","onlineMembers","onlineCounted","lastSeq"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"kind":{"$ref":"#/definitions/RoomKind"},"persistent":{"type":"boolean"},"memberCount":{"type":"integer","minimum":0},"onlineMembers":{"type":"integer","minimum":0,"description":"Members whose activity is not `offline`, among the `onlineCounted` looked at."},"onlineCounted":{"type":"integer","minimum":0,"description":"How many members were looked at for `onlineMembers` (at most 200)."},"lastSeq":{"$ref":"#/definitions/SeqNumber"},"lastMessageAt":{"type":"string","format":"date-time","description":"When the newest stored message was sent; absent when none is stored."}}};

function validate_RoomStats(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.room === undefined) && (missing0 = "room")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.persistent === undefined) && (missing0 = "persistent"))) || ((data.memberCount === undefined) && (missing0 = "memberCount"))) || ((data.onlineMembers === undefined) && (missing0 = "onlineMembers"))) || ((data.onlineCounted === undefined) && (missing0 = "onlineCounted"))) || ((data.lastSeq === undefined) && (missing0 = "lastSeq"))){
validate_RoomStats.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "room") || (key0 === "kind")) || (key0 === "persistent")) || (key0 === "memberCount")) || (key0 === "onlineMembers")) || (key0 === "onlineCounted")) || (key0 === "lastSeq")) || (key0 === "lastMessageAt"))){
validate_RoomStats.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_RoomStats.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_RoomStats.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_RoomStats.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_RoomStats.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_RoomStats.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/RoomKind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "public") || (data1 === "private")) || (data1 === "direct"))){
validate_RoomStats.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/definitions/RoomKind/enum",keyword:"enum",params:{allowedValues: schema_RoomKind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.persistent !== undefined){
const _errs8 = errors;
if(typeof data.persistent !== "boolean"){
validate_RoomStats.errors = [{instancePath:instancePath+"/persistent",schemaPath:"#/properties/persistent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memberCount !== undefined){
let data3 = data.memberCount;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate_RoomStats.errors = [{instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate_RoomStats.errors = [{instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.onlineMembers !== undefined){
let data4 = data.onlineMembers;
const _errs12 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate_RoomStats.errors = [{instancePath:instancePath+"/onlineMembers",schemaPath:"#/properties/onlineMembers/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate_RoomStats.errors = [{instancePath:instancePath+"/onlineMembers",schemaPath:"#/properties/onlineMembers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.onlineCounted !== undefined){
let data5 = data.onlineCounted;
const _errs14 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate_RoomStats.errors = [{instancePath:instancePath+"/onlineCounted",schemaPath:"#/properties/onlineCounted/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate_RoomStats.errors = [{instancePath:instancePath+"/onlineCounted",schemaPath:"#/properties/onlineCounted/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.lastSeq !== undefined){
let data6 = data.lastSeq;
const _errs16 = errors;
const _errs17 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate_RoomStats.errors = [{instancePath:instancePath+"/lastSeq",schemaPath:"#/definitions/SeqNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
validate_RoomStats.errors = [{instancePath:instancePath+"/lastSeq",schemaPath:"#/definitions/SeqNumber/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate_RoomStats.errors = [{instancePath:instancePath+"/lastSeq",schemaPath:"#/definitions/SeqNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastMessageAt !== undefined){
let data7 = data.lastMessageAt;
const _errs19 = errors;
if(errors === _errs19){
if(errors === _errs19){
if(typeof data7 === "string"){
if(!(format_date_time.validate(data7))){
validate_RoomStats.errors = [{instancePath:instancePath+"/lastMessageAt",schemaPath:"#/properties/lastMessageAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_RoomStats.errors = [{instancePath:instancePath+"/lastMessageAt",schemaPath:"#/properties/lastMessageAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_RoomStats.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RoomStats.errors = vErrors;
return errors === 0;
}

export const RoomStatsRequest = validate_RoomStatsRequest;
const schema_RoomStatsRequest = {"type":"object","additionalProperties":false,"required":["room"],"properties":{"room":{"$ref":"#/definitions/RoomId"}}};

function validate_RoomStatsRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.room === undefined) && (missing0 = "room")){
validate_RoomStatsRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "room")){
validate_RoomStatsRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.room !== undefined){
let data0 = data.room;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 128){
validate_RoomStatsRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_RoomStatsRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_RoomStatsRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_RoomStatsRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate_RoomStatsRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RoomStatsRequest.errors = vErrors;
return errors === 0;
}

export const RoomView = validate_RoomView;
const schema_RoomView = {"type":"object","additionalProperties":false,"required":["room","members","memberCount"],"properties":{"room":{"$ref":"#/definitions/RoomInfo"},"members":{"type":"array","maxItems":1000,"items":{"$ref":"#/definitions/RoomMember"}},"memberCount":{"type":"integer","minimum":0}}};

function validate_RoomView(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.room === undefined) && (missing0 = "room")) || ((data.members === undefined) && (missing0 = "members"))) || ((data.memberCount === undefined) && (missing0 = "memberCount"))){
validate_RoomView.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "room") || (key0 === "members")) || (key0 === "memberCount"))){
validate_RoomView.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.room !== undefined){
const _errs2 = errors;
if(!(validate_RoomInfo(data.room, {instancePath:instancePath+"/room",parentData:data,parentDataProperty:"room",rootData}))){
vErrors = vErrors === null ? validate_RoomInfo.errors : vErrors.concat(validate_RoomInfo.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.members !== undefined){
let data1 = data.members;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
if(data1.length > 1000){
validate_RoomView.errors = [{instancePath:instancePath+"/members",schemaPath:"#/properties/members/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate_RoomMember(data1[i0], {instancePath:instancePath+"/members/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate_RoomMember.errors : vErrors.concat(validate_RoomMember.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate_RoomView.errors = [{instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memberCount !== undefined){
let data3 = data.memberCount;
const _errs6 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate_RoomView.errors = [{instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate_RoomView.errors = [{instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
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
}
else {
validate_RoomView.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_RoomView.errors = vErrors;
return errors === 0;
}

export const SendMatchDataRequest = validate_SendMatchDataRequest;
const schema_SendMatchDataRequest = {"type":"object","description":"Exactly one of `data` and `dataBase64`.","additionalProperties":false,"required":["matchId","opCode"],"minProperties":3,"properties":{"matchId":{"$ref":"#/definitions/MatchId"},"opCode":{"$ref":"#/definitions/OpCode"},"data":{"$ref":"#/definitions/MatchDataJson"},"dataBase64":{"$ref":"#/definitions/MatchDataBase64"},"presences":{"type":"array","minItems":1,"maxItems":1000,"uniqueItems":true,"description":"Only these members (connection ids) get it; ids of connections not in the match are ignored.","items":{"$ref":"#/definitions/ConnectionId"}},"echo":{"type":"boolean","default":false,"description":"The sending connection gets it too."}}};

function validate_SendMatchDataRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 3){
validate_SendMatchDataRequest.errors = [{instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 3},message:"must NOT have fewer than 3 properties"}];
return false;
}
else {
let missing0;
if(((data.matchId === undefined) && (missing0 = "matchId")) || ((data.opCode === undefined) && (missing0 = "opCode"))){
validate_SendMatchDataRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "matchId") || (key0 === "opCode")) || (key0 === "data")) || (key0 === "dataBase64")) || (key0 === "presences")) || (key0 === "echo"))){
validate_SendMatchDataRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.matchId !== undefined){
let data0 = data.matchId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/matchId",schemaPath:"#/definitions/MatchId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/matchId",schemaPath:"#/definitions/MatchId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.opCode !== undefined){
let data1 = data.opCode;
const _errs5 = errors;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/OpCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/OpCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/OpCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs8 = errors;
const _errs10 = errors;
let valid4 = false;
const _errs11 = errors;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err0 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs13 = errors;
if(!(Array.isArray(data2))){
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs15 = errors;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs17 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/3/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs19 = errors;
if(typeof data2 !== "boolean"){
const err4 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/4/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs21 = errors;
if(data2 !== null){
const err5 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf/5/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid4 = valid4 || _valid0;
}
}
}
}
}
if(!valid4){
const err6 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/MatchDataJson/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate_SendMatchDataRequest.errors = vErrors;
return false;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dataBase64 !== undefined){
let data3 = data.dataBase64;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 1398104){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/dataBase64",schemaPath:"#/definitions/MatchDataBase64/maxLength",keyword:"maxLength",params:{limit: 1398104},message:"must NOT have more than 1398104 characters"}];
return false;
}
else {
if(!pattern_f7b33402c0.test(data3)){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/dataBase64",schemaPath:"#/definitions/MatchDataBase64/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"},message:"must match pattern \""+"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"+"\""}];
return false;
}
}
}
else {
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/dataBase64",schemaPath:"#/definitions/MatchDataBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presences !== undefined){
let data4 = data.presences;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data4)){
if(data4.length > 1000){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/presences",schemaPath:"#/properties/presences/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
if(data4.length < 1){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/presences",schemaPath:"#/properties/presences/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid6 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs28 = errors;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data5 === "string"){
if(func_ucs2length(data5) > 64){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/presences/" + i0,schemaPath:"#/definitions/ConnectionId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data5) < 1){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/presences/" + i0,schemaPath:"#/definitions/ConnectionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/presences/" + i0,schemaPath:"#/definitions/ConnectionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs28 === errors;
if(!valid6){
break;
}
}
if(valid6){
let i1 = data4.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func_equal(data4[i1], data4[j0])){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/presences",schemaPath:"#/properties/presences/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/presences",schemaPath:"#/properties/presences/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.echo !== undefined){
const _errs31 = errors;
if(typeof data.echo !== "boolean"){
validate_SendMatchDataRequest.errors = [{instancePath:instancePath+"/echo",schemaPath:"#/properties/echo/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
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
validate_SendMatchDataRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_SendMatchDataRequest.errors = vErrors;
return errors === 0;
}

export const SendMessageRequest = validate_SendMessageRequest;
const schema_SendMessageRequest = {"type":"object","additionalProperties":false,"required":["room","body"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"body":{"$ref":"#/definitions/MessageBody"},"idempotencyKey":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9_.:-]+$","description":"Makes a resend safe: a message sent again to the same persistent room by the same user with the\nsame key is stored once, and the resend is answered with the first one's receipt\n(`duplicate: true`) without delivering it again. Use one key per message, such as a UUID, and\nresend with it when an acknowledgement was lost (a reconnect, a server restart). Ephemeral rooms\nstore nothing and ignore it.\n"}},"examples":[{"room":"general","body":{"text":"hello, room"}},{"room":"general","body":{"text":"hello again"},"idempotencyKey":"7d0c1c8e-5f1a-4d4b-9f0e-2b1e6a1d9c3f"}]};

function validate_SendMessageRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.room === undefined) && (missing0 = "room")) || ((data.body === undefined) && (missing0 = "body"))){
validate_SendMessageRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "room") || (key0 === "body")) || (key0 === "idempotencyKey"))){
validate_SendMessageRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_SendMessageRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_SendMessageRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_SendMessageRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_SendMessageRequest.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
let data1 = data.body;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
}
else {
validate_SendMessageRequest.errors = [{instancePath:instancePath+"/body",schemaPath:"#/definitions/MessageBody/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.idempotencyKey !== undefined){
let data2 = data.idempotencyKey;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 64){
validate_SendMessageRequest.errors = [{instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data2) < 1){
validate_SendMessageRequest.errors = [{instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data2)){
validate_SendMessageRequest.errors = [{instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_SendMessageRequest.errors = [{instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
else {
validate_SendMessageRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_SendMessageRequest.errors = vErrors;
return errors === 0;
}

export const SendPartyDataRequest = validate_SendPartyDataRequest;
const schema_SendPartyDataRequest = {"type":"object","description":"`data` or `dataBase64`, not both.","additionalProperties":false,"required":["partyId","opCode"],"properties":{"partyId":{"$ref":"#/definitions/PartyId"},"opCode":{"$ref":"#/definitions/PartyOpCode"},"data":{"$ref":"#/definitions/PartyDataValue"},"dataBase64":{"$ref":"#/definitions/PartyDataBase64"}}};

function validate_SendPartyDataRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.partyId === undefined) && (missing0 = "partyId")) || ((data.opCode === undefined) && (missing0 = "opCode"))){
validate_SendPartyDataRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "partyId") || (key0 === "opCode")) || (key0 === "data")) || (key0 === "dataBase64"))){
validate_SendPartyDataRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.partyId !== undefined){
let data0 = data.partyId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(format_uuid.test(data0))){
validate_SendPartyDataRequest.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_SendPartyDataRequest.errors = [{instancePath:instancePath+"/partyId",schemaPath:"#/definitions/PartyId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.opCode !== undefined){
let data1 = data.opCode;
const _errs5 = errors;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_SendPartyDataRequest.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/PartyOpCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
validate_SendPartyDataRequest.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/PartyOpCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate_SendPartyDataRequest.errors = [{instancePath:instancePath+"/opCode",schemaPath:"#/definitions/PartyOpCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs8 = errors;
const _errs10 = errors;
let valid4 = false;
const _errs11 = errors;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err0 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs13 = errors;
if(!(Array.isArray(data2))){
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs15 = errors;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs17 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/3/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs19 = errors;
if(typeof data2 !== "boolean"){
const err4 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/4/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs21 = errors;
if(data2 !== null){
const err5 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf/5/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid4 = valid4 || _valid0;
}
}
}
}
}
if(!valid4){
const err6 = {instancePath:instancePath+"/data",schemaPath:"#/definitions/PartyDataValue/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate_SendPartyDataRequest.errors = vErrors;
return false;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dataBase64 !== undefined){
let data3 = data.dataBase64;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data3 === "string"){
if(!pattern_20686cfddb.test(data3)){
validate_SendPartyDataRequest.errors = [{instancePath:instancePath+"/dataBase64",schemaPath:"#/definitions/PartyDataBase64/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]*={0,2}$"},message:"must match pattern \""+"^[A-Za-z0-9+/]*={0,2}$"+"\""}];
return false;
}
}
else {
validate_SendPartyDataRequest.errors = [{instancePath:instancePath+"/dataBase64",schemaPath:"#/definitions/PartyDataBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
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
validate_SendPartyDataRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_SendPartyDataRequest.errors = vErrors;
return errors === 0;
}

export const SeqNumber = validate_SeqNumber;

function validate_SeqNumber(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const ServerShutdown = validate_ServerShutdown;
const schema_ServerShutdown = {"type":"object","additionalProperties":false,"required":["message","closeBy","reconnectAfterMs"],"properties":{"message":{"type":"string","minLength":1,"maxLength":1024,"description":"What is happening, for people."},"closeBy":{"type":"string","format":"date-time","description":"The server closes this connection at this time at the latest (`SHUTDOWN_TIMEOUT_MS` after the signal)."},"reconnectAfterMs":{"type":"integer","minimum":0,"maximum":30000,"description":"How long to wait after the close before reconnecting (this connection's share of the spread)."}}};

function validate_ServerShutdown(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.message === undefined) && (missing0 = "message")) || ((data.closeBy === undefined) && (missing0 = "closeBy"))) || ((data.reconnectAfterMs === undefined) && (missing0 = "reconnectAfterMs"))){
validate_ServerShutdown.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "message") || (key0 === "closeBy")) || (key0 === "reconnectAfterMs"))){
validate_ServerShutdown.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.message !== undefined){
let data0 = data.message;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 1024){
validate_ServerShutdown.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_ServerShutdown.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_ServerShutdown.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.closeBy !== undefined){
let data1 = data.closeBy;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(format_date_time.validate(data1))){
validate_ServerShutdown.errors = [{instancePath:instancePath+"/closeBy",schemaPath:"#/properties/closeBy/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_ServerShutdown.errors = [{instancePath:instancePath+"/closeBy",schemaPath:"#/properties/closeBy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.reconnectAfterMs !== undefined){
let data2 = data.reconnectAfterMs;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate_ServerShutdown.errors = [{instancePath:instancePath+"/reconnectAfterMs",schemaPath:"#/properties/reconnectAfterMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 30000 || isNaN(data2)){
validate_ServerShutdown.errors = [{instancePath:instancePath+"/reconnectAfterMs",schemaPath:"#/properties/reconnectAfterMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 30000},message:"must be <= 30000"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate_ServerShutdown.errors = [{instancePath:instancePath+"/reconnectAfterMs",schemaPath:"#/properties/reconnectAfterMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
}
else {
validate_ServerShutdown.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ServerShutdown.errors = vErrors;
return errors === 0;
}

export const ServerTime = validate_ServerTime;
const schema_ServerTime = {"type":"object","additionalProperties":false,"required":["now","epochMs","uptimeSeconds"],"properties":{"now":{"type":"string","format":"date-time"},"epochMs":{"type":"integer","minimum":0,"description":"Milliseconds since 1970-01-01T00:00:00Z."},"uptimeSeconds":{"type":"number","minimum":0,"description":"How long this server process has run."}}};

function validate_ServerTime(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.now === undefined) && (missing0 = "now")) || ((data.epochMs === undefined) && (missing0 = "epochMs"))) || ((data.uptimeSeconds === undefined) && (missing0 = "uptimeSeconds"))){
validate_ServerTime.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "now") || (key0 === "epochMs")) || (key0 === "uptimeSeconds"))){
validate_ServerTime.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.now !== undefined){
let data0 = data.now;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(format_date_time.validate(data0))){
validate_ServerTime.errors = [{instancePath:instancePath+"/now",schemaPath:"#/properties/now/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate_ServerTime.errors = [{instancePath:instancePath+"/now",schemaPath:"#/properties/now/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.epochMs !== undefined){
let data1 = data.epochMs;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_ServerTime.errors = [{instancePath:instancePath+"/epochMs",schemaPath:"#/properties/epochMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate_ServerTime.errors = [{instancePath:instancePath+"/epochMs",schemaPath:"#/properties/epochMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.uptimeSeconds !== undefined){
let data2 = data.uptimeSeconds;
const _errs6 = errors;
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate_ServerTime.errors = [{instancePath:instancePath+"/uptimeSeconds",schemaPath:"#/properties/uptimeSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate_ServerTime.errors = [{instancePath:instancePath+"/uptimeSeconds",schemaPath:"#/properties/uptimeSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
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
}
else {
validate_ServerTime.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ServerTime.errors = vErrors;
return errors === 0;
}

export const ServerTimeRequest = validate_ServerTimeRequest;
const schema_ServerTimeRequest = {"type":"object","additionalProperties":false,"description":"No parameters."};

function validate_ServerTimeRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
validate_ServerTimeRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
else {
validate_ServerTimeRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_ServerTimeRequest.errors = vErrors;
return errors === 0;
}

export const SetActivityRequest = validate_SetActivityRequest;
const schema_SetActivityRequest = {"type":"object","description":"`game` is required with `playing` and not allowed otherwise.","additionalProperties":false,"required":["state"],"properties":{"state":{"$ref":"#/definitions/ActivityState"},"game":{"$ref":"#/definitions/Game"},"status":{"$ref":"#/definitions/StatusText"}},"if":{"required":["state"],"properties":{"state":{"const":"playing"}}},"then":{"required":["game"]},"else":{"properties":{"game":false}}};

function validate_SetActivityRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.state === undefined) && (missing0 = "state")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.state !== undefined){
if("playing" !== data.state){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.game === undefined) && (missing1 = "game")){
validate_SetActivityRequest.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.game !== undefined){
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/game",schemaPath:"#/else/properties/game/false schema",keyword:"false schema",params:{},message:"boolean schema is false"}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate_SetActivityRequest.errors = vErrors;
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.state === undefined) && (missing2 = "state")){
validate_SetActivityRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!(((key0 === "state") || (key0 === "game")) || (key0 === "status"))){
validate_SetActivityRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data.state !== undefined){
let data2 = data.state;
const _errs7 = errors;
if(typeof data2 !== "string"){
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/ActivityState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "online") || (data2 === "busy")) || (data2 === "playing")) || (data2 === "away")) || (data2 === "offline"))){
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/ActivityState/enum",keyword:"enum",params:{allowedValues: schema_ActivityState.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.game !== undefined){
let data3 = data.game;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing3;
if(((data3.id === undefined) && (missing3 = "id")) || ((data3.name === undefined) && (missing3 = "name"))){
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/game",schemaPath:"#/definitions/Game/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data3){
if(!((key1 === "id") || (key1 === "name"))){
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/game",schemaPath:"#/definitions/Game/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data3.id !== undefined){
let data4 = data3.id;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(func_ucs2length(data4) > 128){
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/game/id",schemaPath:"#/definitions/Game/properties/id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data4) < 1){
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/game/id",schemaPath:"#/definitions/Game/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/game/id",schemaPath:"#/definitions/Game/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs14 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data3.name !== undefined){
let data5 = data3.name;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(func_ucs2length(data5) > 256){
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/game/name",schemaPath:"#/definitions/Game/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func_ucs2length(data5) < 1){
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/game/name",schemaPath:"#/definitions/Game/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/game/name",schemaPath:"#/definitions/Game/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs16 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/game",schemaPath:"#/definitions/Game/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.status !== undefined){
let data6 = data.status;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data6 === "string"){
if(func_ucs2length(data6) > 2048){
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/StatusText/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
}
else {
validate_SetActivityRequest.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/StatusText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs18 === errors;
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
validate_SetActivityRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_SetActivityRequest.errors = vErrors;
return errors === 0;
}

export const SseReady = validate_SseReady;
const schema_SseReady = {"type":"object","additionalProperties":false,"required":["connectionId","userId","username","serverVersion","resumed","rooms","repos"],"properties":{"connectionId":{"type":"string","minLength":1,"maxLength":64,"description":"The stream's connection id (what an action called over HTTP does not know; for logs)."},"userId":{"type":"string","format":"uuid"},"username":{"type":"string","minLength":1,"maxLength":64},"serverVersion":{"type":"string","minLength":1,"maxLength":64},"resumed":{"type":"boolean","description":"Whether the stream resumed from the request's `Last-Event-ID`."},"rooms":{"type":"array","maxItems":100,"description":"The rooms, in the query's order, with the `seq` the stream starts after.","items":{"type":"object","additionalProperties":false,"required":["room","seq"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"seq":{"$ref":"#/definitions/SeqNumber"}}}},"repos":{"type":"array","maxItems":100,"description":"The repositories, in the query's order, with the position the stream starts after.","items":{"type":"object","additionalProperties":false,"required":["repo","position"],"properties":{"repo":{"$ref":"#/definitions/RepoName"},"position":{"$ref":"#/definitions/Position"}}}}},"examples":[{"connectionId":"sse-3f1c2b7e-5a1d-4c8e-9b0a-2d4f6e8a1c3b","userId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","username":"ada","serverVersion":"0.5.0","resumed":false,"rooms":[{"room":"lobby","seq":41}],"repos":[{"repo":"notes","position":7}]}]};

function validate_SseReady(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.connectionId === undefined) && (missing0 = "connectionId")) || ((data.userId === undefined) && (missing0 = "userId"))) || ((data.username === undefined) && (missing0 = "username"))) || ((data.serverVersion === undefined) && (missing0 = "serverVersion"))) || ((data.resumed === undefined) && (missing0 = "resumed"))) || ((data.rooms === undefined) && (missing0 = "rooms"))) || ((data.repos === undefined) && (missing0 = "repos"))){
validate_SseReady.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "connectionId") || (key0 === "userId")) || (key0 === "username")) || (key0 === "serverVersion")) || (key0 === "resumed")) || (key0 === "rooms")) || (key0 === "repos"))){
validate_SseReady.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.connectionId !== undefined){
let data0 = data.connectionId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_SseReady.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_SseReady.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_SseReady.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userId !== undefined){
let data1 = data.userId;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_SseReady.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_SseReady.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.username !== undefined){
let data2 = data.username;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 64){
validate_SseReady.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data2) < 1){
validate_SseReady.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_SseReady.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.serverVersion !== undefined){
let data3 = data.serverVersion;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 64){
validate_SseReady.errors = [{instancePath:instancePath+"/serverVersion",schemaPath:"#/properties/serverVersion/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 1){
validate_SseReady.errors = [{instancePath:instancePath+"/serverVersion",schemaPath:"#/properties/serverVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_SseReady.errors = [{instancePath:instancePath+"/serverVersion",schemaPath:"#/properties/serverVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resumed !== undefined){
const _errs10 = errors;
if(typeof data.resumed !== "boolean"){
validate_SseReady.errors = [{instancePath:instancePath+"/resumed",schemaPath:"#/properties/resumed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rooms !== undefined){
let data5 = data.rooms;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 100){
validate_SseReady.errors = [{instancePath:instancePath+"/rooms",schemaPath:"#/properties/rooms/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if(((data6.room === undefined) && (missing1 = "room")) || ((data6.seq === undefined) && (missing1 = "seq"))){
validate_SseReady.errors = [{instancePath:instancePath+"/rooms/" + i0,schemaPath:"#/properties/rooms/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key1 in data6){
if(!((key1 === "room") || (key1 === "seq"))){
validate_SseReady.errors = [{instancePath:instancePath+"/rooms/" + i0,schemaPath:"#/properties/rooms/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data6.room !== undefined){
let data7 = data6.room;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(func_ucs2length(data7) > 128){
validate_SseReady.errors = [{instancePath:instancePath+"/rooms/" + i0+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data7) < 1){
validate_SseReady.errors = [{instancePath:instancePath+"/rooms/" + i0+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data7)){
validate_SseReady.errors = [{instancePath:instancePath+"/rooms/" + i0+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_SseReady.errors = [{instancePath:instancePath+"/rooms/" + i0+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.seq !== undefined){
let data8 = data6.seq;
const _errs20 = errors;
const _errs21 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate_SseReady.errors = [{instancePath:instancePath+"/rooms/" + i0+"/seq",schemaPath:"#/definitions/SeqNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 9007199254740991 || isNaN(data8)){
validate_SseReady.errors = [{instancePath:instancePath+"/rooms/" + i0+"/seq",schemaPath:"#/definitions/SeqNumber/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data8 < 0 || isNaN(data8)){
validate_SseReady.errors = [{instancePath:instancePath+"/rooms/" + i0+"/seq",schemaPath:"#/definitions/SeqNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate_SseReady.errors = [{instancePath:instancePath+"/rooms/" + i0,schemaPath:"#/properties/rooms/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs14 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate_SseReady.errors = [{instancePath:instancePath+"/rooms",schemaPath:"#/properties/rooms/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.repos !== undefined){
let data9 = data.repos;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data9)){
if(data9.length > 100){
validate_SseReady.errors = [{instancePath:instancePath+"/repos",schemaPath:"#/properties/repos/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid5 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs25 = errors;
if(errors === _errs25){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing2;
if(((data10.repo === undefined) && (missing2 = "repo")) || ((data10.position === undefined) && (missing2 = "position"))){
validate_SseReady.errors = [{instancePath:instancePath+"/repos/" + i1,schemaPath:"#/properties/repos/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key2 in data10){
if(!((key2 === "repo") || (key2 === "position"))){
validate_SseReady.errors = [{instancePath:instancePath+"/repos/" + i1,schemaPath:"#/properties/repos/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data10.repo !== undefined){
let data11 = data10.repo;
const _errs28 = errors;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data11 === "string"){
if(func_ucs2length(data11) > 64){
validate_SseReady.errors = [{instancePath:instancePath+"/repos/" + i1+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data11) < 1){
validate_SseReady.errors = [{instancePath:instancePath+"/repos/" + i1+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data11)){
validate_SseReady.errors = [{instancePath:instancePath+"/repos/" + i1+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
else {
validate_SseReady.errors = [{instancePath:instancePath+"/repos/" + i1+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.position !== undefined){
let data12 = data10.position;
const _errs31 = errors;
const _errs32 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate_SseReady.errors = [{instancePath:instancePath+"/repos/" + i1+"/position",schemaPath:"#/definitions/Position/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs32){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 9007199254740991 || isNaN(data12)){
validate_SseReady.errors = [{instancePath:instancePath+"/repos/" + i1+"/position",schemaPath:"#/definitions/Position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data12 < 0 || isNaN(data12)){
validate_SseReady.errors = [{instancePath:instancePath+"/repos/" + i1+"/position",schemaPath:"#/definitions/Position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate_SseReady.errors = [{instancePath:instancePath+"/repos/" + i1,schemaPath:"#/properties/repos/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs25 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate_SseReady.errors = [{instancePath:instancePath+"/repos",schemaPath:"#/properties/repos/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs23 === errors;
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
validate_SseReady.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_SseReady.errors = vErrors;
return errors === 0;
}

export const SseResync = validate_SseResync;
const schema_SseResync = {"type":"object","additionalProperties":false,"required":["reason","message"],"properties":{"room":{"$ref":"#/definitions/RoomId"},"repo":{"$ref":"#/definitions/RepoName"},"reason":{"type":"string","enum":["history-gone","too-far-behind","position-ahead","unreadable-id","other-subscriptions"]},"message":{"type":"string","minLength":1,"maxLength":1024,"description":"The reason, for people."}},"description":"Names the room or repository to refetch; neither when the whole stream starts afresh.","examples":[{"room":"lobby","reason":"too-far-behind","message":"more than 100 messages were missed in lobby; refetch its history"}]};

function validate_SseResync(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.reason === undefined) && (missing0 = "reason")) || ((data.message === undefined) && (missing0 = "message"))){
validate_SseResync.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "room") || (key0 === "repo")) || (key0 === "reason")) || (key0 === "message"))){
validate_SseResync.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate_SseResync.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_SseResync.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_6ecde167cd.test(data0)){
validate_SseResync.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]+$"+"\""}];
return false;
}
}
}
}
else {
validate_SseResync.errors = [{instancePath:instancePath+"/room",schemaPath:"#/definitions/RoomId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func_ucs2length(data1) > 64){
validate_SseResync.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data1) < 1){
validate_SseResync.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data1)){
validate_SseResync.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
else {
validate_SseResync.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data2 = data.reason;
const _errs8 = errors;
if(typeof data2 !== "string"){
validate_SseResync.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "history-gone") || (data2 === "too-far-behind")) || (data2 === "position-ahead")) || (data2 === "unreadable-id")) || (data2 === "other-subscriptions"))){
validate_SseResync.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema_SseResync.properties.reason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
let data3 = data.message;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 1024){
validate_SseResync.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 1){
validate_SseResync.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_SseResync.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate_SseResync.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_SseResync.errors = vErrors;
return errors === 0;
}

export const StatusText = validate_StatusText;

function validate_StatusText(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
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

export const SubscribeDbReply = validate_SubscribeDbReply;
const schema_SubscribeDbReply = {"type":"object","additionalProperties":false,"required":["repo","position","missed","hasMore"],"properties":{"repo":{"$ref":"#/definitions/RepoName"},"position":{"$ref":"#/definitions/Position"},"missed":{"type":"array","description":"With `since`, the changes after it that you may read (at most 100, in order).","items":{"$ref":"#/definitions/DbChange"}},"hasMore":{"type":"boolean"}}};

function validate_SubscribeDbReply(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.repo === undefined) && (missing0 = "repo")) || ((data.position === undefined) && (missing0 = "position"))) || ((data.missed === undefined) && (missing0 = "missed"))) || ((data.hasMore === undefined) && (missing0 = "hasMore"))){
validate_SubscribeDbReply.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "repo") || (key0 === "position")) || (key0 === "missed")) || (key0 === "hasMore"))){
validate_SubscribeDbReply.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repo !== undefined){
let data0 = data.repo;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_SubscribeDbReply.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_SubscribeDbReply.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data0)){
validate_SubscribeDbReply.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
else {
validate_SubscribeDbReply.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.position !== undefined){
let data1 = data.position;
const _errs5 = errors;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_SubscribeDbReply.errors = [{instancePath:instancePath+"/position",schemaPath:"#/definitions/Position/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
validate_SubscribeDbReply.errors = [{instancePath:instancePath+"/position",schemaPath:"#/definitions/Position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate_SubscribeDbReply.errors = [{instancePath:instancePath+"/position",schemaPath:"#/definitions/Position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(valid0){
if(data.missed !== undefined){
let data2 = data.missed;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data2)){
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs10 = errors;
if(!(validate_DbChange(data2[i0], {instancePath:instancePath+"/missed/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate_DbChange.errors : vErrors.concat(validate_DbChange.errors);
errors = vErrors.length;
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
else {
validate_SubscribeDbReply.errors = [{instancePath:instancePath+"/missed",schemaPath:"#/properties/missed/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hasMore !== undefined){
const _errs11 = errors;
if(typeof data.hasMore !== "boolean"){
validate_SubscribeDbReply.errors = [{instancePath:instancePath+"/hasMore",schemaPath:"#/properties/hasMore/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
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
else {
validate_SubscribeDbReply.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_SubscribeDbReply.errors = vErrors;
return errors === 0;
}

export const SubscribeDbRequest = validate_SubscribeDbRequest;
const schema_SubscribeDbRequest = {"type":"object","additionalProperties":false,"required":["repo"],"properties":{"repo":{"$ref":"#/definitions/RepoName"},"since":{"$ref":"#/definitions/Position"}}};

function validate_SubscribeDbRequest(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.repo === undefined) && (missing0 = "repo")){
validate_SubscribeDbRequest.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "repo") || (key0 === "since"))){
validate_SubscribeDbRequest.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.repo !== undefined){
let data0 = data.repo;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_SubscribeDbRequest.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_SubscribeDbRequest.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern_4ef1093ad1.test(data0)){
validate_SubscribeDbRequest.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""}];
return false;
}
}
}
}
else {
validate_SubscribeDbRequest.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/definitions/RepoName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.since !== undefined){
let data1 = data.since;
const _errs5 = errors;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate_SubscribeDbRequest.errors = [{instancePath:instancePath+"/since",schemaPath:"#/definitions/Position/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
validate_SubscribeDbRequest.errors = [{instancePath:instancePath+"/since",schemaPath:"#/definitions/Position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate_SubscribeDbRequest.errors = [{instancePath:instancePath+"/since",schemaPath:"#/definitions/Position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate_SubscribeDbRequest.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_SubscribeDbRequest.errors = vErrors;
return errors === 0;
}

export const UnfollowReply = validate_UnfollowReply;
const schema_UnfollowReply = {"type":"object","additionalProperties":false,"required":["following"],"properties":{"following":{"type":"integer","minimum":0,"description":"How many users this connection follows now."}}};

function validate_UnfollowReply(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.following === undefined) && (missing0 = "following")){
validate_UnfollowReply.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "following")){
validate_UnfollowReply.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.following !== undefined){
let data0 = data.following;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate_UnfollowReply.errors = [{instancePath:instancePath+"/following",schemaPath:"#/properties/following/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate_UnfollowReply.errors = [{instancePath:instancePath+"/following",schemaPath:"#/properties/following/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
}
}
}
else {
validate_UnfollowReply.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_UnfollowReply.errors = vErrors;
return errors === 0;
}

export const UserActivity = validate_UserActivity;

export const Welcome = validate_Welcome;
const schema_Welcome = {"type":"object","additionalProperties":false,"required":["connectionId","userId","username","serverVersion"],"properties":{"connectionId":{"type":"string","minLength":1,"maxLength":64,"description":"This connection's id (Socket.IO's `socket.id`)."},"userId":{"type":"string","format":"uuid"},"username":{"type":"string","minLength":3,"maxLength":32},"serverVersion":{"type":"string","minLength":1,"maxLength":64,"examples":["0.1.0"]},"recovered":{"type":"boolean","const":true,"description":"Present, `true`, when this connection resumed one that dropped less than `RECOVERY_WINDOW_MS` ago\n(Socket.IO's connection-state recovery, on this process or another): it is in the same rooms,\nsubscriptions and follows, and the events it missed came with the resumption, just before\nthis (socket.io-client hands them to the application right after `connect`). Absent:\na new connection, with nothing joined; a client that was connected before rejoins and resyncs\n(room history `since` its last seq, `subscribe-db` `since` its last position).\n"}}};

function validate_Welcome(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.connectionId === undefined) && (missing0 = "connectionId")) || ((data.userId === undefined) && (missing0 = "userId"))) || ((data.username === undefined) && (missing0 = "username"))) || ((data.serverVersion === undefined) && (missing0 = "serverVersion"))){
validate_Welcome.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "connectionId") || (key0 === "userId")) || (key0 === "username")) || (key0 === "serverVersion")) || (key0 === "recovered"))){
validate_Welcome.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.connectionId !== undefined){
let data0 = data.connectionId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func_ucs2length(data0) > 64){
validate_Welcome.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data0) < 1){
validate_Welcome.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_Welcome.errors = [{instancePath:instancePath+"/connectionId",schemaPath:"#/properties/connectionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userId !== undefined){
let data1 = data.userId;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(format_uuid.test(data1))){
validate_Welcome.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate_Welcome.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.username !== undefined){
let data2 = data.username;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func_ucs2length(data2) > 32){
validate_Welcome.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func_ucs2length(data2) < 3){
validate_Welcome.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate_Welcome.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.serverVersion !== undefined){
let data3 = data.serverVersion;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func_ucs2length(data3) > 64){
validate_Welcome.errors = [{instancePath:instancePath+"/serverVersion",schemaPath:"#/properties/serverVersion/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func_ucs2length(data3) < 1){
validate_Welcome.errors = [{instancePath:instancePath+"/serverVersion",schemaPath:"#/properties/serverVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate_Welcome.errors = [{instancePath:instancePath+"/serverVersion",schemaPath:"#/properties/serverVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recovered !== undefined){
let data4 = data.recovered;
const _errs10 = errors;
if(typeof data4 !== "boolean"){
validate_Welcome.errors = [{instancePath:instancePath+"/recovered",schemaPath:"#/properties/recovered/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
if(true !== data4){
validate_Welcome.errors = [{instancePath:instancePath+"/recovered",schemaPath:"#/properties/recovered/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
return false;
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
}
else {
validate_Welcome.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate_Welcome.errors = vErrors;
return errors === 0;
}

