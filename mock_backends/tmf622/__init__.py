"""TMF622 Product Ordering Management v4: productOrder create, list, retrieve, patch, delete."""
