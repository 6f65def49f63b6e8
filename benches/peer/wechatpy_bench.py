#!/usr/bin/env python3
"""Peer bench: wechatpy 1.8.18 signing and serialising a 12-parameter micropay request.

One operation is what a WeChat Pay v2 client does before it sends a micropay (付款码支付):
``calculate_signature`` (sorted ``k=v`` pairs joined with ``&``, ``&key=KEY``, MD5, uppercase
hex) and ``dict_to_xml`` with that signature. It is timed on this thread's CPU clock
(``time.thread_time_ns``), in rounds, after a warm-up.

Prints one JSON line: {"bench": ..., "ns_per_op": <median>, "min_ns_per_op": ..., ...}.
``benches/codec.rs`` runs this script and divides its figure by the generated Pooul
encode + sign. Usage: ``python3 benches/peer/wechatpy_bench.py [--rounds N] [--batch-ms MS]``.
"""

import argparse
import json
import statistics
import sys
import time

import wechatpy
from wechatpy.pay.utils import calculate_signature, dict_to_xml

API_KEY = "bench-key-0123456789abcdef"

# A WeChat Pay v2 micropay request: twelve parameters, the same shape of values as the Rust
# bench's Pooul order (an 18-digit auth code, an amount in fen, a Chinese description).
PARAMS = {
    "appid": "wx2421b1c4370ec43b",
    "mch_id": "10000100",
    "device_info": "POS-0001",
    "nonce_str": "0123456789abcdefghijABCDEFGHIJ01",
    "sign_type": "MD5",
    "body": "超市购物 3 件",
    "attach": "shift=2",
    "out_trade_no": "alex.alipay.1489012345678",
    "total_fee": 2580,
    "fee_type": "CNY",
    "spbill_create_ip": "192.168.10.23",
    "auth_code": "284447106610060508",
}


def one(params):
    sign = calculate_signature(params, API_KEY)
    return dict_to_xml(params, sign)


def batch(n, params):
    start = time.thread_time_ns()
    for _ in range(n):
        one(params)
    return (time.thread_time_ns() - start) / n


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--batch-ms", type=float, default=40.0)
    args = parser.parse_args()

    assert len(PARAMS) == 12
    xml = one(PARAMS)
    assert xml.startswith("<xml>") and "<sign><![CDATA[" in xml, xml

    # Warm-up, then the batch size that takes about --batch-ms.
    n = 16
    while True:
        per = batch(n, PARAMS)
        if per * n >= args.batch_ms * 1e6 / 4:
            break
        n *= 2
    n = max(1, int(args.batch_ms * 1e6 / per))
    rounds = [batch(n, PARAMS) for _ in range(args.rounds)]
    print(
        json.dumps(
            {
                "bench": "wechatpy calculate_signature+dict_to_xml",
                "wechatpy": wechatpy.__version__,
                "python": sys.version.split()[0],
                "params": len(PARAMS),
                "clock": "thread_cpu",
                "rounds": len(rounds),
                "calls_per_round": n,
                "ns_per_op": round(statistics.median(rounds), 1),
                "min_ns_per_op": round(min(rounds), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
