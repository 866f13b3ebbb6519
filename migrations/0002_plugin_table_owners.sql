CREATE TABLE "plugin_table_owners" (
	"sql_name" text PRIMARY KEY NOT NULL,
	"plugin" text NOT NULL,
	"table_name" text NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL
);
