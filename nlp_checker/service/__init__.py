"""HTTP service and web page: ``create_app()`` builds the FastAPI app around one checker process."""
