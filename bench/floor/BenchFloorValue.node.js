'use strict';
exports.BenchFloorValue = require('./factory').NODES.BenchFloorValue;
