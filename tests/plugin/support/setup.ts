// Plugin test setup: obsidian-test-mocks provides the in-memory Obsidian;
// behaviour fixes that make it act like the real app live beside this file.
export {};
