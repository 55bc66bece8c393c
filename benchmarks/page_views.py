"""The views the benchmarks replay: a first view and typical filter changes on every page,
for the configured kommun and the most populous other one."""

from __future__ import annotations


def kommun_choices(url: str) -> list[tuple[str, list[str]]]:
    """The configured kommun and the most populous other one, each with two area slugs."""
    import sqlalchemy as sa

    from dashboard.storage import database, schema

    engine = database.make_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(schema.areas.c.kommun, sa.func.sum(schema.areas.c.population))
            .group_by(schema.areas.c.kommun)
            .order_by(sa.func.sum(schema.areas.c.population).desc())
        ).all()
        chosen = ["Skara", *[k for k, _ in rows if k != "Skara"][:1]]
        out = []
        for kommun in chosen:
            slugs = conn.execute(
                sa.select(schema.areas.c.slug)
                .where(schema.areas.c.kommun == kommun, schema.areas.c.population.is_not(None))
                .order_by(schema.areas.c.population.desc())
            ).scalars()
            out.append((kommun, list(slugs)[:2]))
    engine.dispose()
    return out


def views_for(kommun: str, areas: list[str]) -> list[tuple[str, str, str]]:
    """(page, pathname, search): a first view and typical filter changes on every page."""
    a1, a2 = (areas + areas)[:2]
    own = "" if kommun == "Skara" else f"kommun={kommun}"

    def search(*parts: str) -> str:
        joined = "&".join(p for p in (own, *parts) if p)
        return "?" + joined if joined else ""

    pages = {
        "overview": ("/", ["", f"omrade={a1}", "part=Polisen", "till=2022-06",
                            f"omrade={a1},{a2}&fran=2021-01&till=2022-12"]),
        "trends": ("/trender", ["", f"omrade={a1}", "fran=2020-01&till=2022-12",
                                f"omrade={a1}&matt=per1000", "enkat=oro_stold"]),
        "area": (f"/omrade/{a1}", ["", "fran=2021-01&till=2022-12", "part=Polisen"]),
        "commitments": ("/loften", ["", "part=Polisen", f"omrade={a1}"]),
        "report": ("/rapport", ["", "part=Polisen"]),
        "wall": ("/vaggskarm", [""]),
    }  # fmt: skip
    return [
        (page, path, search(change))
        for page, (path, changes) in pages.items()
        for change in changes
    ]
