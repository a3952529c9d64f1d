-- Stock moves as set-based PL/pgSQL over rows locked in one order, so a whole batch of orders is one round
-- trip and one commit (group commit), concurrent batches on several server processes never deadlock, and no
-- unit is ever taken twice. Written by hand (drizzle-kit --custom); the TypeScript side is db/stock-repo.ts.

-- The stock event for some products and flash promotions of a store, as NOTIFY text. A NOTIFY carries at
-- most 8000 bytes: past that the event only says "reload the snapshot" (`full`).
CREATE OR REPLACE FUNCTION shelfsight_stock_event(p_store text, p_products text[], p_flash text[]) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_text text;
BEGIN
  SELECT json_build_object(
    'storeId', p_store,
    'type', 'stock',
    'products', coalesce((SELECT json_object_agg(product_id, json_build_object('available', available, 'reserved', reserved, 'sold', sold))
                          FROM product_stock WHERE store_id = p_store AND product_id = ANY(p_products)), '{}'::json),
    'flash', coalesce((SELECT json_object_agg(promotion_id, json_build_object('cap', cap, 'taken', sold + reserved, 'sold', sold))
                       FROM flash_stock WHERE store_id = p_store AND promotion_id = ANY(p_flash)), '{}'::json)
  )::text INTO v_text;
  IF octet_length(v_text) > 7500 THEN
    RETURN json_build_object('storeId', p_store, 'type', 'stock', 'full', true)::text;
  END IF;
  RETURN v_text;
END $$;
--> statement-breakpoint

-- Reserves a batch of orders of one store. Each order: { key, fingerprint, shopperId, products: {id: qty},
-- flash: {promotionId: units} (capped promotions only), limits: {promotionId: per-shopper limit}, quote,
-- totalFen, catalogVersion, expiresAt }. Returns one result per order, in order: {status: ok, id} |
-- {status: duplicate, id, fingerprint} | {status: refused, reason, productId | promotionId}. Every unit is
-- taken by a conditional update (only if it is still there), after the rows are locked.
CREATE OR REPLACE FUNCTION shelfsight_reserve(p_store text, p_orders jsonb, p_now timestamptz, p_channel text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  v_order jsonb;
  v_item record;
  v_result jsonb;
  v_results jsonb := '[]'::jsonb;
  v_id bigint;
  v_existing record;
  v_rows integer;
  v_products text[];
  v_flash text[];
  v_changed_products text[] := '{}';
  v_changed_flash text[] := '{}';
BEGIN
  SELECT coalesce(array_agg(DISTINCT k ORDER BY k), '{}') INTO v_products
    FROM jsonb_array_elements(p_orders) AS o(value), jsonb_object_keys(o.value->'products') AS k;
  SELECT coalesce(array_agg(DISTINCT k ORDER BY k), '{}') INTO v_flash
    FROM jsonb_array_elements(p_orders) AS o(value), jsonb_object_keys(o.value->'flash') AS k;
  -- One lock order for everyone: products by id, then flash promotions by id.
  PERFORM 1 FROM product_stock WHERE store_id = p_store AND product_id = ANY(v_products) ORDER BY product_id FOR UPDATE;
  PERFORM 1 FROM flash_stock WHERE store_id = p_store AND promotion_id = ANY(v_flash) ORDER BY promotion_id FOR UPDATE;

  FOR v_order IN SELECT value FROM jsonb_array_elements(p_orders) LOOP
    v_result := NULL;
    v_id := NULL;
    -- A retry of an order already made (maybe earlier in this very batch) is answered with that order.
    SELECT id, fingerprint INTO v_existing FROM orders WHERE store_id = p_store AND idempotency_key = v_order->>'key';
    IF FOUND THEN
      v_results := v_results || jsonb_build_array(jsonb_build_object('status', 'duplicate', 'id', v_existing.id, 'fingerprint', v_existing.fingerprint));
      CONTINUE;
    END IF;
    FOR v_item IN SELECT key, value::int AS qty FROM jsonb_each_text(v_order->'products') LOOP
      IF NOT EXISTS (SELECT 1 FROM product_stock WHERE store_id = p_store AND product_id = v_item.key AND available >= v_item.qty) THEN
        v_result := jsonb_build_object('status', 'refused', 'reason', 'out-of-stock', 'productId', v_item.key);
        EXIT;
      END IF;
    END LOOP;
    IF v_result IS NULL THEN
      FOR v_item IN SELECT key, value::int AS qty FROM jsonb_each_text(v_order->'flash') LOOP
        IF NOT EXISTS (SELECT 1 FROM flash_stock WHERE store_id = p_store AND promotion_id = v_item.key AND sold + reserved + v_item.qty <= cap) THEN
          v_result := jsonb_build_object('status', 'refused', 'reason', 'flash-sold-out', 'promotionId', v_item.key);
          EXIT;
        END IF;
        IF (v_order->'limits') ? v_item.key THEN
          INSERT INTO shopper_flash (store_id, promotion_id, shopper_id) VALUES (p_store, v_item.key, v_order->>'shopperId')
            ON CONFLICT DO NOTHING;
          PERFORM 1 FROM shopper_flash WHERE store_id = p_store AND promotion_id = v_item.key AND shopper_id = v_order->>'shopperId' FOR UPDATE;
          IF NOT EXISTS (SELECT 1 FROM shopper_flash WHERE store_id = p_store AND promotion_id = v_item.key
                           AND shopper_id = v_order->>'shopperId' AND units + v_item.qty <= (v_order->'limits'->>v_item.key)::int) THEN
            v_result := jsonb_build_object('status', 'refused', 'reason', 'shopper-limit', 'promotionId', v_item.key);
            EXIT;
          END IF;
        END IF;
      END LOOP;
    END IF;
    IF v_result IS NULL THEN
      INSERT INTO orders (store_id, idempotency_key, fingerprint, shopper_id, status, quote, reservation, total_fen,
                          catalog_version, created_at, expires_at)
        VALUES (p_store, v_order->>'key', v_order->>'fingerprint', v_order->>'shopperId', 'reserved', v_order->'quote',
                jsonb_build_object('products', v_order->'products', 'flash', v_order->'flash'),
                (v_order->>'totalFen')::bigint, (v_order->>'catalogVersion')::int, p_now, (v_order->>'expiresAt')::timestamptz)
        ON CONFLICT (store_id, idempotency_key) DO NOTHING
        RETURNING id INTO v_id;
      IF v_id IS NULL THEN
        SELECT id, fingerprint INTO v_existing FROM orders WHERE store_id = p_store AND idempotency_key = v_order->>'key';
        v_result := jsonb_build_object('status', 'duplicate', 'id', v_existing.id, 'fingerprint', v_existing.fingerprint);
      ELSE
        UPDATE product_stock AS s SET available = s.available - q.qty, reserved = s.reserved + q.qty
          FROM (SELECT key, value::int AS qty FROM jsonb_each_text(v_order->'products')) AS q
          WHERE s.store_id = p_store AND s.product_id = q.key AND s.available >= q.qty;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        IF v_rows <> (SELECT count(*) FROM jsonb_object_keys(v_order->'products')) THEN
          RAISE EXCEPTION 'shelfsight_reserve: product stock moved under lock (order %)', v_order->>'key';
        END IF;
        UPDATE flash_stock AS f SET reserved = f.reserved + q.qty
          FROM (SELECT key, value::int AS qty FROM jsonb_each_text(v_order->'flash')) AS q
          WHERE f.store_id = p_store AND f.promotion_id = q.key AND f.sold + f.reserved + q.qty <= f.cap;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        IF v_rows <> (SELECT count(*) FROM jsonb_object_keys(v_order->'flash')) THEN
          RAISE EXCEPTION 'shelfsight_reserve: flash stock moved under lock (order %)', v_order->>'key';
        END IF;
        UPDATE shopper_flash AS h SET units = h.units + q.qty
          FROM (SELECT key, value::int AS qty FROM jsonb_each_text(v_order->'flash')) AS q
          WHERE h.store_id = p_store AND h.promotion_id = q.key AND h.shopper_id = v_order->>'shopperId'
            AND (v_order->'limits') ? q.key;
        v_changed_products := v_changed_products || ARRAY(SELECT jsonb_object_keys(v_order->'products'));
        v_changed_flash := v_changed_flash || ARRAY(SELECT jsonb_object_keys(v_order->'flash'));
        v_result := jsonb_build_object('status', 'ok', 'id', v_id);
      END IF;
    END IF;
    v_results := v_results || jsonb_build_array(v_result);
  END LOOP;

  IF cardinality(v_changed_products) > 0 THEN
    PERFORM pg_notify(p_channel, shelfsight_stock_event(p_store, v_changed_products, v_changed_flash));
  END IF;
  RETURN v_results;
END $$;
--> statement-breakpoint

-- Ends reserved orders: `paid` moves their units from reserved to sold; `cancelled` and `expired` return them
-- to available (and the shopper's flash allowance). Only orders still `reserved` (and, for paying, not past
-- their expiry) change, so an order is settled once whatever races it. Returns the ids that changed.
CREATE OR REPLACE FUNCTION shelfsight_settle(p_ids bigint[], p_status text, p_now timestamptz, p_by text, p_channel text) RETURNS bigint[]
LANGUAGE plpgsql AS $$
DECLARE
  v_order record;
  v_done bigint[] := '{}';
  v_store text;
  v_products text[];
  v_flash text[];
BEGIN
  IF p_status NOT IN ('paid', 'cancelled', 'expired') THEN
    RAISE EXCEPTION 'shelfsight_settle: bad status %', p_status;
  END IF;
  FOR v_order IN
    SELECT id, store_id, shopper_id, reservation FROM orders
     WHERE id = ANY(p_ids) AND status = 'reserved' AND (p_status <> 'paid' OR expires_at > p_now)
     ORDER BY id FOR UPDATE SKIP LOCKED
  LOOP
    -- Lock stock rows in the same order as shelfsight_reserve.
    PERFORM 1 FROM product_stock WHERE store_id = v_order.store_id
      AND product_id IN (SELECT jsonb_object_keys(v_order.reservation->'products')) ORDER BY product_id FOR UPDATE;
    PERFORM 1 FROM flash_stock WHERE store_id = v_order.store_id
      AND promotion_id IN (SELECT jsonb_object_keys(v_order.reservation->'flash')) ORDER BY promotion_id FOR UPDATE;
    IF p_status = 'paid' THEN
      UPDATE product_stock AS s SET reserved = s.reserved - q.qty, sold = s.sold + q.qty
        FROM (SELECT key, value::int AS qty FROM jsonb_each_text(v_order.reservation->'products')) AS q
        WHERE s.store_id = v_order.store_id AND s.product_id = q.key;
      UPDATE flash_stock AS f SET reserved = f.reserved - q.qty, sold = f.sold + q.qty
        FROM (SELECT key, value::int AS qty FROM jsonb_each_text(v_order.reservation->'flash')) AS q
        WHERE f.store_id = v_order.store_id AND f.promotion_id = q.key;
      UPDATE orders SET status = 'paid', paid_at = p_now, paid_by = p_by, closed_at = p_now WHERE id = v_order.id;
    ELSE
      UPDATE product_stock AS s SET reserved = s.reserved - q.qty, available = s.available + q.qty
        FROM (SELECT key, value::int AS qty FROM jsonb_each_text(v_order.reservation->'products')) AS q
        WHERE s.store_id = v_order.store_id AND s.product_id = q.key;
      UPDATE flash_stock AS f SET reserved = f.reserved - q.qty
        FROM (SELECT key, value::int AS qty FROM jsonb_each_text(v_order.reservation->'flash')) AS q
        WHERE f.store_id = v_order.store_id AND f.promotion_id = q.key;
      UPDATE shopper_flash AS h SET units = greatest(0, h.units - q.qty)
        FROM (SELECT key, value::int AS qty FROM jsonb_each_text(v_order.reservation->'flash')) AS q
        WHERE h.store_id = v_order.store_id AND h.promotion_id = q.key AND h.shopper_id = v_order.shopper_id;
      UPDATE orders SET status = p_status, closed_at = p_now WHERE id = v_order.id;
    END IF;
    PERFORM pg_notify(p_channel, shelfsight_stock_event(v_order.store_id,
      ARRAY(SELECT jsonb_object_keys(v_order.reservation->'products')),
      ARRAY(SELECT jsonb_object_keys(v_order.reservation->'flash'))));
    v_done := v_done || v_order.id;
  END LOOP;
  RETURN v_done;
END $$;
