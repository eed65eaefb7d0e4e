/**
 * 数据流通监测预警 — market supervision of the data exchange (plan §15 of the Chongqing action plan,
 * 渝府办发〔2023〕99号: 敏捷监管, 触发式监管, 穿透式监管): the plain inputs the service fills from stored rows
 * ({@link org.dataprice.supervision.MonitoredDeal}), the versioned identity of every configurable rule
 * ({@link org.dataprice.supervision.RuleIdentity}) and the {@link org.dataprice.supervision.Alert} every rule,
 * pattern and screen produces. Sub-packages: {@code robust} (median, MAD, Hampel filter), {@code rule}
 * (per-deal and per-period rules), {@code pattern} (wash and circular trading, self-dealing, round trips,
 * bid rotation, cover bidding, identical offers), {@code structure} (HHI, CR4, entry and exit) and
 * {@code market} (the seeded market generator with planted manipulation).
 */
package org.dataprice.supervision;
