"""Serve the demo web until Ctrl-C: python -m sources.demo_web [--port 8701] [--base 20]."""

import argparse
import threading

from .server import DemoWeb


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sources.demo_web", description=__doc__)
    parser.add_argument("--port", type=int, default=8701, help="port for every site (0: a free port each)")
    parser.add_argument("--base", type=int, default=20, help="site i is served on 127.0.0.(base + ip_offset)")
    parser.add_argument("--host-prefix", default="127.0.0.")
    args = parser.parse_args(argv)
    web = DemoWeb(base=args.base, port=args.port, host_prefix=args.host_prefix)
    web.start()
    try:
        for key, site in web.sites.items():
            print(f"{site.site['name']:<50} {web.url(key)}", flush=True)
        print("Serving the demo web; press Ctrl-C to stop.", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        web.stop()


if __name__ == "__main__":
    main()
