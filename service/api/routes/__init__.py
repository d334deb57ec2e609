"""API routers, one module per resource; ``service.api.main`` composes them."""
