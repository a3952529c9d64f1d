-- shelfsight_reserve again, same contract as in 0002, rewritten set-based: 0002 ran about ten statements per
-- order and updated the same hot stock rows once per order inside one transaction, leaving a chain of row
-- versions that every later order of the batch had to walk (quadratic in the batch size, and batches are
-- largest exactly when it matters, at 00:00). Now a batch costs a fixed handful of statements: lock the
-- stock rows (in one order, as before, so concurrent batches from several processes serialise on them and
-- the counts read after the lock are the truth), read the known keys and the shoppers' allowances at once,
-- decide every order in memory first come first served, insert the accepted orders in one statement, and
-- move the stock of what was really inserted in one update per table. The final updates stay conditional and
-- the CHECK on flash_stock stays, so a mistake here fails the batch instead of overselling.
CREATE OR REPLACE FUNCTION shelfsight_reserve(p_store text, p_orders jsonb, p_now timestamptz, p_channel text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  v_orders jsonb[];
  v_order jsonb;
  v_item record;
  v_result jsonb;
  v_results jsonb[] := '{}';
  v_key text;
  v_pair text;
  v_i integer;
  v_rows integer;
  v_products text[];
  v_flash text[];
  v_known jsonb;               -- idempotency key -> {id, fingerprint} of orders made before this batch
  v_free jsonb;                -- product id -> units still available to this batch
  v_flash_free jsonb;          -- promotion id -> cap - sold - reserved still open to this batch
  v_units jsonb;               -- 'promotion shopper' -> units the shopper holds (limited promotions only)
  v_first jsonb := '{}';       -- idempotency key -> index of the accepted order with that key in this batch
  v_accepted jsonb[] := '{}';  -- the accepted orders, to insert
  v_inserted jsonb;            -- key -> id of what was inserted
  v_take jsonb := '{}';        -- product id -> units the accepted orders reserve
  v_flash_take jsonb := '{}';  -- promotion id -> units
  v_units_take jsonb := '{}';  -- 'promotion shopper' -> units (limited promotions only)
BEGIN
  SELECT coalesce(array_agg(value ORDER BY ord), '{}') INTO v_orders
    FROM jsonb_array_elements(p_orders) WITH ORDINALITY AS o(value, ord);
  SELECT coalesce(array_agg(DISTINCT k ORDER BY k), '{}') INTO v_products
    FROM jsonb_array_elements(p_orders) AS o(value), jsonb_object_keys(o.value->'products') AS k;
  SELECT coalesce(array_agg(DISTINCT k ORDER BY k), '{}') INTO v_flash
    FROM jsonb_array_elements(p_orders) AS o(value), jsonb_object_keys(o.value->'flash') AS k;
  -- One lock order for everyone: products by id, then flash promotions by id, then shoppers' allowances.
  PERFORM 1 FROM product_stock WHERE store_id = p_store AND product_id = ANY(v_products) ORDER BY product_id FOR UPDATE;
  PERFORM 1 FROM flash_stock WHERE store_id = p_store AND promotion_id = ANY(v_flash) ORDER BY promotion_id FOR UPDATE;
  SELECT coalesce(jsonb_object_agg(product_id, available), '{}') INTO v_free
    FROM product_stock WHERE store_id = p_store AND product_id = ANY(v_products);
  SELECT coalesce(jsonb_object_agg(promotion_id, cap - sold - reserved), '{}') INTO v_flash_free
    FROM flash_stock WHERE store_id = p_store AND promotion_id = ANY(v_flash);
  SELECT coalesce(jsonb_object_agg(idempotency_key, jsonb_build_object('id', id, 'fingerprint', fingerprint)), '{}')
    INTO v_known FROM orders
    WHERE store_id = p_store AND idempotency_key IN (SELECT o.value->>'key' FROM jsonb_array_elements(p_orders) AS o(value));
  INSERT INTO shopper_flash (store_id, promotion_id, shopper_id)
    SELECT DISTINCT p_store, f.key, o.value->>'shopperId'
      FROM jsonb_array_elements(p_orders) AS o(value), jsonb_object_keys(o.value->'flash') AS f(key)
      WHERE (o.value->'limits') ? f.key
    ON CONFLICT DO NOTHING;
  PERFORM 1 FROM shopper_flash AS h
    WHERE h.store_id = p_store AND (h.promotion_id, h.shopper_id) IN (
      SELECT f.key, o.value->>'shopperId' FROM jsonb_array_elements(p_orders) AS o(value), jsonb_object_keys(o.value->'flash') AS f(key)
       WHERE (o.value->'limits') ? f.key)
    ORDER BY h.promotion_id, h.shopper_id FOR UPDATE;
  SELECT coalesce(jsonb_object_agg(h.promotion_id || ' ' || h.shopper_id, h.units), '{}') INTO v_units
    FROM shopper_flash AS h
    WHERE h.store_id = p_store AND (h.promotion_id, h.shopper_id) IN (
      SELECT f.key, o.value->>'shopperId' FROM jsonb_array_elements(p_orders) AS o(value), jsonb_object_keys(o.value->'flash') AS f(key)
       WHERE (o.value->'limits') ? f.key);

  -- Decide, first come first served, on the counts in memory.
  v_i := 0;
  FOREACH v_order IN ARRAY v_orders LOOP
    v_i := v_i + 1;
    v_key := v_order->>'key';
    v_result := NULL;
    IF v_known ? v_key THEN
      v_result := jsonb_build_object('status', 'duplicate', 'id', v_known->v_key->'id', 'fingerprint', v_known->v_key->'fingerprint');
    ELSIF v_first ? v_key THEN
      v_result := jsonb_build_object('status', 'same-key', 'of', v_first->v_key);
    END IF;
    IF v_result IS NULL THEN
      FOR v_item IN SELECT key, value::int AS qty FROM jsonb_each_text(v_order->'products') LOOP
        IF coalesce((v_free->>v_item.key)::int, 0) < v_item.qty THEN
          v_result := jsonb_build_object('status', 'refused', 'reason', 'out-of-stock', 'productId', v_item.key);
          EXIT;
        END IF;
      END LOOP;
    END IF;
    IF v_result IS NULL THEN
      FOR v_item IN SELECT key, value::int AS qty FROM jsonb_each_text(v_order->'flash') LOOP
        IF coalesce((v_flash_free->>v_item.key)::int, 0) < v_item.qty THEN
          v_result := jsonb_build_object('status', 'refused', 'reason', 'flash-sold-out', 'promotionId', v_item.key);
          EXIT;
        END IF;
        IF (v_order->'limits') ? v_item.key AND coalesce((v_units->>(v_item.key || ' ' || (v_order->>'shopperId')))::int, 0)
             + v_item.qty > (v_order->'limits'->>v_item.key)::int THEN
          v_result := jsonb_build_object('status', 'refused', 'reason', 'shopper-limit', 'promotionId', v_item.key);
          EXIT;
        END IF;
      END LOOP;
    END IF;
    IF v_result IS NULL THEN
      FOR v_item IN SELECT key, value::int AS qty FROM jsonb_each_text(v_order->'products') LOOP
        v_free := jsonb_set(v_free, ARRAY[v_item.key], to_jsonb((v_free->>v_item.key)::int - v_item.qty));
        v_take := jsonb_set(v_take, ARRAY[v_item.key], to_jsonb(coalesce((v_take->>v_item.key)::int, 0) + v_item.qty));
      END LOOP;
      FOR v_item IN SELECT key, value::int AS qty FROM jsonb_each_text(v_order->'flash') LOOP
        v_flash_free := jsonb_set(v_flash_free, ARRAY[v_item.key], to_jsonb((v_flash_free->>v_item.key)::int - v_item.qty));
        v_flash_take := jsonb_set(v_flash_take, ARRAY[v_item.key],
                                  to_jsonb(coalesce((v_flash_take->>v_item.key)::int, 0) + v_item.qty));
        IF (v_order->'limits') ? v_item.key THEN
          v_pair := v_item.key || ' ' || (v_order->>'shopperId');
          v_units := jsonb_set(v_units, ARRAY[v_pair], to_jsonb(coalesce((v_units->>v_pair)::int, 0) + v_item.qty));
          v_units_take := jsonb_set(v_units_take, ARRAY[v_pair],
                                    to_jsonb(coalesce((v_units_take->>v_pair)::int, 0) + v_item.qty));
        END IF;
      END LOOP;
      v_first := v_first || jsonb_build_object(v_key, v_i);
      v_accepted := array_append(v_accepted, v_order);
      v_result := jsonb_build_object('status', 'accepted');
    END IF;
    v_results := array_append(v_results, v_result);
  END LOOP;

  -- A key is new to this batch unless another process made it meanwhile (a retry racing on another
  -- server): such an order is not inserted, and only what was inserted moves stock below.
  WITH inserted AS (
    INSERT INTO orders (store_id, idempotency_key, fingerprint, shopper_id, status, quote, reservation, total_fen,
                        catalog_version, created_at, expires_at)
      SELECT p_store, a.value->>'key', a.value->>'fingerprint', a.value->>'shopperId', 'reserved', a.value->'quote',
             jsonb_build_object('products', a.value->'products', 'flash', a.value->'flash'),
             (a.value->>'totalFen')::bigint, (a.value->>'catalogVersion')::int, p_now, (a.value->>'expiresAt')::timestamptz
        FROM unnest(v_accepted) WITH ORDINALITY AS a(value, ord)
        ORDER BY a.ord
    ON CONFLICT (store_id, idempotency_key) DO NOTHING
    RETURNING id, idempotency_key
  )
  SELECT coalesce(jsonb_object_agg(idempotency_key, id), '{}') INTO v_inserted FROM inserted;

  -- Rarely (a retry racing on another process) an accepted order was not inserted: count again from what was.
  IF (SELECT count(*) FROM jsonb_object_keys(v_inserted)) <> coalesce(array_length(v_accepted, 1), 0) THEN
    SELECT coalesce(jsonb_object_agg(t.key, t.qty), '{}') INTO v_take FROM (
      SELECT p.key, sum(p.value::int) AS qty FROM unnest(v_accepted) AS a(value), jsonb_each_text(a.value->'products') AS p
       WHERE v_inserted ? (a.value->>'key') GROUP BY p.key) AS t;
    SELECT coalesce(jsonb_object_agg(t.key, t.qty), '{}') INTO v_flash_take FROM (
      SELECT p.key, sum(p.value::int) AS qty FROM unnest(v_accepted) AS a(value), jsonb_each_text(a.value->'flash') AS p
       WHERE v_inserted ? (a.value->>'key') GROUP BY p.key) AS t;
    SELECT coalesce(jsonb_object_agg(t.pair, t.qty), '{}') INTO v_units_take FROM (
      SELECT p.key || ' ' || (a.value->>'shopperId') AS pair, sum(p.value::int) AS qty
        FROM unnest(v_accepted) AS a(value), jsonb_each_text(a.value->'flash') AS p
       WHERE v_inserted ? (a.value->>'key') AND (a.value->'limits') ? p.key GROUP BY 1) AS t;
  END IF;

  UPDATE product_stock AS s SET available = s.available - t.value::int, reserved = s.reserved + t.value::int
    FROM jsonb_each_text(v_take) AS t
    WHERE s.store_id = p_store AND s.product_id = t.key AND s.available >= t.value::int;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  IF v_rows <> (SELECT count(*) FROM jsonb_object_keys(v_take)) THEN
    RAISE EXCEPTION 'shelfsight_reserve: product stock moved under lock (store %)', p_store;
  END IF;
  UPDATE flash_stock AS f SET reserved = f.reserved + t.value::int
    FROM jsonb_each_text(v_flash_take) AS t
    WHERE f.store_id = p_store AND f.promotion_id = t.key AND f.sold + f.reserved + t.value::int <= f.cap;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  IF v_rows <> (SELECT count(*) FROM jsonb_object_keys(v_flash_take)) THEN
    RAISE EXCEPTION 'shelfsight_reserve: flash stock moved under lock (store %)', p_store;
  END IF;
  -- Promotion ids are slugs (no spaces), so a pair splits at its first space.
  UPDATE shopper_flash AS h SET units = h.units + t.value::int
    FROM jsonb_each_text(v_units_take) AS t
    WHERE h.store_id = p_store AND h.promotion_id = split_part(t.key, ' ', 1)
      AND h.shopper_id = substr(t.key, strpos(t.key, ' ') + 1);

  -- Accepted orders get their ids; a second order with the same key in this batch answers as its duplicate.
  FOR v_i IN 1 .. coalesce(array_length(v_results, 1), 0) LOOP
    v_result := v_results[v_i];
    IF v_result->>'status' IN ('accepted', 'same-key') THEN
      v_key := v_orders[v_i]->>'key';
      IF v_result->>'status' = 'accepted' AND v_inserted ? v_key THEN
        v_results[v_i] := jsonb_build_object('status', 'ok', 'id', v_inserted->v_key);
      ELSE
        v_results[v_i] := (SELECT jsonb_build_object('status', 'duplicate', 'id', id, 'fingerprint', fingerprint)
                             FROM orders WHERE store_id = p_store AND idempotency_key = v_key);
      END IF;
    END IF;
  END LOOP;

  IF v_take <> '{}'::jsonb THEN
    PERFORM pg_notify(p_channel, shelfsight_stock_event(p_store, ARRAY(SELECT jsonb_object_keys(v_take)),
                                                        ARRAY(SELECT jsonb_object_keys(v_flash_take))));
  END IF;
  RETURN to_jsonb(v_results);
END $$;
