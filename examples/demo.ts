/** The offline demo of the lifecycle (grows as capabilities land): see README. */
console.log('psml demo: nothing to show yet');
