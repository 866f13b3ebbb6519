// The host functions Hearth provides (module `extism:host/user`). Each takes and returns the
// offset of a JSON text in Extism memory; use the wrappers in the other files instead.

@external("extism:host/user", "emit_event")
export declare function emit_event(input: u64): u64;
@external("extism:host/user", "send")
export declare function send(input: u64): u64;
@external("extism:host/user", "query_location")
export declare function query_location(input: u64): u64;
@external("extism:host/user", "query_object")
export declare function query_object(input: u64): u64;
@external("extism:host/user", "query_character")
export declare function query_character(input: u64): u64;
@external("extism:host/user", "query_exits")
export declare function query_exits(input: u64): u64;
@external("extism:host/user", "move_object")
export declare function move_object(input: u64): u64;
@external("extism:host/user", "create_object")
export declare function create_object(input: u64): u64;
@external("extism:host/user", "update_object")
export declare function update_object(input: u64): u64;
@external("extism:host/user", "set_attribute")
export declare function set_attribute(input: u64): u64;
@external("extism:host/user", "destroy_object")
export declare function destroy_object(input: u64): u64;
@external("extism:host/user", "kv_get")
export declare function kv_get(input: u64): u64;
@external("extism:host/user", "kv_set")
export declare function kv_set(input: u64): u64;
@external("extism:host/user", "kv_delete")
export declare function kv_delete(input: u64): u64;
@external("extism:host/user", "http_get")
export declare function http_get(input: u64): u64;
@external("extism:host/user", "http_post")
export declare function http_post(input: u64): u64;
@external("extism:host/user", "log")
export declare function log(input: u64): u64;
@external("extism:host/user", "listen")
export declare function listen(input: u64): u64;
@external("extism:host/user", "query_listeners")
export declare function query_listeners(input: u64): u64;
@external("extism:host/user", "read_history")
export declare function read_history(input: u64): u64;
@external("extism:host/user", "db_query")
export declare function db_query(input: u64): u64;
@external("extism:host/user", "db_exec")
export declare function db_exec(input: u64): u64;
@external("extism:host/user", "query_commands")
export declare function query_commands(input: u64): u64;
@external("extism:host/user", "server_stats")
export declare function server_stats(input: u64): u64;
@external("extism:host/user", "boot")
export declare function boot(input: u64): u64;
@external("extism:host/user", "shutdown")
export declare function shutdown(input: u64): u64;
@external("extism:host/user", "set_role")
export declare function set_role(input: u64): u64;
@external("extism:host/user", "query_plugins")
export declare function query_plugins(input: u64): u64;
@external("extism:host/user", "set_plugin_enabled")
export declare function set_plugin_enabled(input: u64): u64;
@external("extism:host/user", "install_plugin")
export declare function install_plugin(input: u64): u64;
@external("extism:host/user", "reload_plugin")
export declare function reload_plugin(input: u64): u64;
@external("extism:host/user", "set_plugin_config")
export declare function set_plugin_config(input: u64): u64;
@external("extism:host/user", "remove_plugin")
export declare function remove_plugin(input: u64): u64;
