'use strict';
exports.BenchFloorPreSend = require('./factory').NODES.BenchFloorPreSend;
