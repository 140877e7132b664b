'use strict';
exports.BenchFloorQebotNoBase = require('./factory').NODES.BenchFloorQebotNoBase;
