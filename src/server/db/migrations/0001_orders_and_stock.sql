CREATE TABLE "flash_stock" (
	"store_id" text NOT NULL,
	"promotion_id" text NOT NULL,
	"cap" integer NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"sold" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "flash_stock_store_id_promotion_id_pk" PRIMARY KEY("store_id","promotion_id"),
	CONSTRAINT "flash_stock_within_cap" CHECK ("flash_stock"."reserved" >= 0 and "flash_stock"."sold" >= 0 and "flash_stock"."sold" + "flash_stock"."reserved" <= "flash_stock"."cap")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"store_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"shopper_id" text NOT NULL,
	"status" text DEFAULT 'reserved' NOT NULL,
	"quote" jsonb NOT NULL,
	"reservation" jsonb NOT NULL,
	"total_fen" bigint NOT NULL,
	"catalog_version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_by" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "orders_status_check" CHECK ("orders"."status" in ('reserved', 'paid', 'cancelled', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "product_stock" (
	"store_id" text NOT NULL,
	"product_id" text NOT NULL,
	"available" integer NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"sold" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "product_stock_store_id_product_id_pk" PRIMARY KEY("store_id","product_id"),
	CONSTRAINT "product_stock_non_negative" CHECK ("product_stock"."available" >= 0 and "product_stock"."reserved" >= 0 and "product_stock"."sold" >= 0)
);
--> statement-breakpoint
CREATE TABLE "shopper_flash" (
	"store_id" text NOT NULL,
	"promotion_id" text NOT NULL,
	"shopper_id" text NOT NULL,
	"units" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "shopper_flash_store_id_promotion_id_shopper_id_pk" PRIMARY KEY("store_id","promotion_id","shopper_id")
);
--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "order_secret" text;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "reservation_minutes" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "flash_stock" ADD CONSTRAINT "flash_stock_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_stock" ADD CONSTRAINT "product_stock_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "orders_store_key_idx" ON "orders" USING btree ("store_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "orders_store_created_idx" ON "orders" USING btree ("store_id","created_at");--> statement-breakpoint
CREATE INDEX "orders_open_expiry_idx" ON "orders" USING btree ("status","expires_at");