"""TMF622 Product Ordering Management v4: productOrder CRUD with its lifecycle, and cancelProductOrder."""
