"""dealix-site: builds Dealix's Arabic handbook and public landing pages, and lints their claims."""

__version__ = "0.1.0"
