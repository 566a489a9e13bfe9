package runtime

// TEMPORARY: declarations that the runtime helpers replace with real
// implementations (each moves its declaration to its own file and deletes it
// here). This file must be gone before anything lands.

